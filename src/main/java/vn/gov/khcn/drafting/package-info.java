/**
 * The register of legal-document drafts and their stages, and the drafting indicator.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi", "documents"})
package vn.gov.khcn.drafting;
