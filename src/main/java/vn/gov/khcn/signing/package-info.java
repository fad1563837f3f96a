/**
 * The department's digital signature on issued reports: PAdES baseline B signatures with the department's key
 * (PKCS#12 file or PKCS#11 token), the signed PDF of each issued report kept once, and the verification of a
 * signed PDF (page and command line). See docs/signing.md and docs/decisions/0009.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "reporting"})
package vn.gov.khcn.signing;
