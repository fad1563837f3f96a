package vn.gov.khcn.identity;

import java.util.List;

/**
 * An administrator's change to the org chart: a new unit (code and name required) or a change of one (the version
 * read is required). A field left null is left as it is; {@code registers} is the whole list of registers the unit
 * keeps (a register named moves to this unit from the unit that kept it).
 */
public record UnitCommand(String code, String name, String shortName, Integer position, Boolean retired, List<String> registers,
                          Integer version) {
}
