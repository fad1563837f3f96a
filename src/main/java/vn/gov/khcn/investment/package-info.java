/** Public investment projects in science and technology (dự án đầu tư công) and their disbursements. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi"})
package vn.gov.khcn.investment;
