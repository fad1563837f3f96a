/** Accounts, sign-in, roles and units, the access policy every write asks, and the audit trail. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.gov.khcn.identity;
