/**
 * Spreadsheet exchange, the engine: templates, all-or-nothing imports, paged exports and their history, for any
 * register that declares a {@link vn.gov.khcn.exchange.spi.RegisterSheet} (the areas do, in their own packages).
 * It knows no register; its SPI is the named interface {@code exchange::spi}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package vn.gov.khcn.exchange;
