/** The department's outreach: news posts, broadcasts, publications and events, and their figures. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "records", "reporting", "exchange::spi", "vocabulary"})
package vn.gov.khcn.outreach;
