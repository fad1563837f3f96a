/**
 * The provincial People's Committee's monthly work programmes, the items they assign, and the programme indicator.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi", "documents"})
package vn.gov.khcn.programme;
