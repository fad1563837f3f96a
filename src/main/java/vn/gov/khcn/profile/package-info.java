/**
 * The department profile: the department's set-up (settings, vocabularies, the templates it edited) written to one
 * file and loaded into a fresh installation, so one department hands its set-up to another. Each area contributes its
 * part ({@link vn.gov.khcn.shared.ProfilePart}); this module knows the file, not the parts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "reporting"})
package vn.gov.khcn.profile;
