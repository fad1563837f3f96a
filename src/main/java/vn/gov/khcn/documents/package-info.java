/**
 * The document register (sổ văn bản): documents other registers cite, kept by the unit that registered each.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "exchange::spi"})
package vn.gov.khcn.documents;
