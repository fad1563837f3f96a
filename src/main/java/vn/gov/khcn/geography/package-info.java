/**
 * The department's geography, kept as data: its communes (xã, phường, đặc khu) of the two-level local government, and
 * the former districts (huyện, thị xã, thành phố thuộc tỉnh) records dated before their end still name; each commune
 * may name the former districts it came from. Organisations are placed in a commune (and, for old records, a former
 * district); reports break figures down by either (decision 0019).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "exchange::spi", "reporting"})
package vn.gov.khcn.geography;
