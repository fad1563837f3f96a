package vn.gov.khcn.reporting;

import vn.gov.khcn.shared.DomainException;

/**
 * A change of the department's settings as a form, the API ({@code PUT /api/settings}, version or If-Match) or
 * {@code khcn settings set} sends it: every setting, and the version it was read at.
 */
public record SettingsCommand(Integer cutOffDay, String province, String parentBody, String department, String site,
                              String signerName, String signerTitle, String legalBasis, String recipients, String symbol,
                              String place, Integer version) {

    /** The settings as they are, to change one of them. */
    public static SettingsCommand of(DepartmentSettings s) {
        return new SettingsCommand(s.cutOffDay(), s.province(), s.parentBody(), s.department(), s.site(), s.signerName(),
                s.signerTitle(), s.legalBasis(), s.recipients(), s.symbol(), s.place(), s.version());
    }

    /** This command with one setting, named by its key, set to {@code value}; an unknown key is refused. */
    public SettingsCommand with(String key, String value) {
        DepartmentSettings.Item item = DepartmentSettings.Item.ofKey(key).orElseThrow(() -> new DomainException("key",
                "Không có thiết lập \"" + key + "\". Các khóa: " + String.join(", ",
                        java.util.Arrays.stream(DepartmentSettings.Item.values()).map(DepartmentSettings.Item::key).toList()) + "."));
        return switch (item) {
            case CUT_OFF_DAY -> new SettingsCommand(day(value), province, parentBody, department, site, signerName, signerTitle,
                    legalBasis, recipients, symbol, place, version);
            case PROVINCE -> new SettingsCommand(cutOffDay, value, parentBody, department, site, signerName, signerTitle, legalBasis,
                    recipients, symbol, place, version);
            case PARENT_BODY -> new SettingsCommand(cutOffDay, province, value, department, site, signerName, signerTitle, legalBasis,
                    recipients, symbol, place, version);
            case DEPARTMENT -> new SettingsCommand(cutOffDay, province, parentBody, value, site, signerName, signerTitle, legalBasis,
                    recipients, symbol, place, version);
            case SITE -> new SettingsCommand(cutOffDay, province, parentBody, department, value, signerName, signerTitle, legalBasis,
                    recipients, symbol, place, version);
            case SIGNER_NAME -> new SettingsCommand(cutOffDay, province, parentBody, department, site, value, signerTitle, legalBasis,
                    recipients, symbol, place, version);
            case SIGNER_TITLE -> new SettingsCommand(cutOffDay, province, parentBody, department, site, signerName, value, legalBasis,
                    recipients, symbol, place, version);
            case LEGAL_BASIS -> new SettingsCommand(cutOffDay, province, parentBody, department, site, signerName, signerTitle, value,
                    recipients, symbol, place, version);
            case RECIPIENTS -> new SettingsCommand(cutOffDay, province, parentBody, department, site, signerName, signerTitle, legalBasis,
                    value, symbol, place, version);
            case SYMBOL -> new SettingsCommand(cutOffDay, province, parentBody, department, site, signerName, signerTitle, legalBasis,
                    recipients, value, place, version);
            case PLACE -> new SettingsCommand(cutOffDay, province, parentBody, department, site, signerName, signerTitle, legalBasis,
                    recipients, symbol, value, version);
        };
    }

    private static Integer day(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException("cutOffDay", "Ngày chốt số liệu hằng tháng phải là số từ 1 đến 28.");
        }
    }
}
