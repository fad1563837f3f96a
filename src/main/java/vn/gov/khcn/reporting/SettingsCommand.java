package vn.gov.khcn.reporting;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
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

    /** This command with one setting, named by its key (a component's name), set to {@code value}; an unknown key is refused. */
    public SettingsCommand with(String key, String value) {
        DepartmentSettings.Item item = DepartmentSettings.Item.ofKey(key).orElseThrow(() -> new DomainException("key",
                "Không có thiết lập \"" + key + "\". Các khóa: " + String.join(", ",
                        java.util.Arrays.stream(DepartmentSettings.Item.values()).map(DepartmentSettings.Item::key).toList()) + "."));
        RecordComponent[] parts = SettingsCommand.class.getRecordComponents();
        Object[] values = new Object[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                values[i] = !parts[i].getName().equals(item.key()) ? parts[i].getAccessor().invoke(this)
                        : item == DepartmentSettings.Item.CUT_OFF_DAY ? day(value) : value;
            }
            return SettingsCommand.class.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Integer day(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException("cutOffDay", "Ngày chốt số liệu hằng tháng phải là số từ 1 đến 28.");
        }
    }
}
