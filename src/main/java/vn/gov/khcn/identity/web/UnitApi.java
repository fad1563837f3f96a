package vn.gov.khcn.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.identity.DepartmentUnit;
import vn.gov.khcn.identity.DepartmentUnits;
import vn.gov.khcn.identity.UnitCommand;

/** The org chart over the API: everyone signed in reads it, administrators change it (decision 0017). */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Đơn vị", description = "Sơ đồ tổ chức của Sở: các đơn vị (tên in trên báo cáo, thứ tự, thôi dùng) và sổ mỗi đơn vị giữ")
class UnitApi {
    private final DepartmentUnits units;

    UnitApi(DepartmentUnits units) {
        this.units = units;
    }

    /** Every unit, retired ones too, in order. */
    @GetMapping
    List<DepartmentUnit> list() {
        return units.list();
    }

    /** The registers a unit can keep (key → name) and the unit that keeps each now. */
    @GetMapping("/registers")
    List<Map<String, String>> registers() {
        return units.registers().entrySet().stream().map(e -> Map.of("key", e.getKey(), "name", e.getValue(),
                "unit", units.keeperOf(e.getKey()).name())).toList();
    }

    @GetMapping("/{code}")
    DepartmentUnit get(@PathVariable String code) {
        return units.get(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DepartmentUnit create(@RequestBody UnitCommand c) {
        return units.add(c);
    }

    /** Renames, reorders, retires a unit or sets its registers (fields left out stay as they are; the version is required). */
    @PutMapping("/{code}")
    DepartmentUnit update(@PathVariable String code, @RequestBody UnitCommand c) {
        return units.change(code, c);
    }
}
