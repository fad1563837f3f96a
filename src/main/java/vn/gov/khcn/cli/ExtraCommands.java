package vn.gov.khcn.cli;

import picocli.CommandLine;

/** The commands that come with later areas (report, import, export) register here. */
final class ExtraCommands {
    private ExtraCommands() {
    }

    static void addTo(CommandLine cl) {
        // report, import and export are added here as their areas arrive.
        cl.addSubcommand(new ReportCommand());
        cl.addSubcommand(new ExportCommand());
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new SettingsCli());
        cl.addSubcommand(new ProfileCli());
        cl.addSubcommand(new VerifyPdfCommand());
    }
}
