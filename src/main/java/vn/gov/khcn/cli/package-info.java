/** The {@code khcn} command: serve, demo, report, import, export, backup, restore and the administration commands. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "reporting", "exchange", "backup", "demo", "signing"})
package vn.gov.khcn.cli;
