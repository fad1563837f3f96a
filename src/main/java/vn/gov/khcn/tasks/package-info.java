/**
 * The S&T task register: tasks, their life as dated events, councils and budget, and the task indicators.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi", "organisations", "documents", "vocabulary"})
package vn.gov.khcn.tasks;
