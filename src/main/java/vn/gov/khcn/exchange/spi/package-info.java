/**
 * What a register gives the exchange engine to be exchanged by spreadsheet: its {@link RegisterSpec} (columns,
 * identity, the registers it refers to), a {@link RowWriter} for imported rows (usually a {@link RecordImport}
 * through the register's own façade), and its export, filtered by the query record its list page binds. Each area
 * implements these for its own registers, package-private; the engine knows no register.
 */
@org.springframework.modulith.NamedInterface("spi")
package vn.gov.khcn.exchange.spi;
