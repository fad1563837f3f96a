/**
 * Each person's work: the home page's queues by role and unit (reports to approve, sections a unit still owes, what
 * falls due in the registers) and the due page. The registers are reached only through the {@code shared.DueItems}
 * SPI they implement; the reports through {@code reporting.Reports}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "reporting"})
package vn.gov.khcn.desk;
