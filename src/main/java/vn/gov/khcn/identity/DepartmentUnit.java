package vn.gov.khcn.identity;

import java.util.List;

/**
 * A unit of the department's org chart, as {@code department_unit} keeps it: its code (never changes), its name as it
 * prints, a short name, its place in the order, whether it is retired, and the registers it keeps (their keys).
 */
public record DepartmentUnit(long id, String code, String name, String shortName, int position, boolean retired,
                             List<String> registers, int version) {
}
