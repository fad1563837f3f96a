/**
 * The report engine: indicators contributed by the areas ({@link vn.gov.khcn.reporting.IndicatorProvider}), report
 * templates, the report's life (draft to issued), checks, frozen figures and text, and its outputs (HTML, DOCX,
 * PDF, JSON). It knows no register.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "documents"})
package vn.gov.khcn.reporting;
