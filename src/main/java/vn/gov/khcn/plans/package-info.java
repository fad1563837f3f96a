/**
 * The year's plans: per indicator of the catalogue (or a part of its breakdown), the value the department is to
 * reach in the year and the document that set it. Reports read them through {@link vn.gov.khcn.reporting.PlanSource}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "records", "reporting", "exchange::spi"})
package vn.gov.khcn.plans;
