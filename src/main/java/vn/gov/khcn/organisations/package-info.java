/**
 * The organisation register shared by every unit: hosts of tasks, owners of instruments, inspected facilities, recipients of results.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "exchange::spi", "geography"})
package vn.gov.khcn.organisations;
