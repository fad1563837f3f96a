/** Loads the demo department (Cao Bằng, 2021) from the areas' demo data, in their order, as individual records. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package vn.gov.khcn.demo;
