/** The {@code khcn} command: serve, demo, report, import, export, backup, restore, settings, profile and the administration commands. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "reporting", "exchange", "backup", "demo", "signing", "profile"})
package vn.gov.khcn.cli;
