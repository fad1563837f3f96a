package vn.gov.khcn.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.drafting.DraftQuery;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.DepartmentUnit;
import vn.gov.khcn.identity.DepartmentUnits;
import vn.gov.khcn.identity.UnitCommand;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * The org chart by spreadsheet and the unit columns of the other registers (decision 0017): a unit added to the org
 * chart is offered and accepted by the drafts sheet at once; the units sheet adds and changes units through
 * {@link DepartmentUnits}, all or nothing, administrators only. A database of its own; the org chart is put back as
 * the migration seeds it after each test (the unit directory is static per JVM).
 */
@SpringBootTest
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
@DirtiesContext
class UnitSheetTest {
    static final String UNITS = "Mã đơn vị;Tên đơn vị;Tên ngắn;Thứ tự;Sổ đơn vị giữ";
    static final String DRAFTS = "Tên dự thảo;Cơ quan ban hành;Văn bản quy phạm pháp luật;Đơn vị chủ trì;Ngày bắt đầu soạn thảo;Giai đoạn hiện tại;Ngày của giai đoạn";
    @Autowired
    Imports imports;
    @Autowired
    Exports exports;
    @Autowired
    DepartmentUnits units;
    @Autowired
    Drafts drafts;
    @TempDir
    Path dir;

    /** Other applications of this JVM (cached test contexts) may have installed their org chart since this one started. */
    @org.junit.jupiter.api.BeforeEach
    void thisApplicationsOrgChart() {
        vn.gov.khcn.shared.Unit.use(units);
    }

    @AfterEach
    void seededOrgChartAgain() {
        CurrentUser.runAsSystem(() -> {
            if (!"OFFICE".equals(units.keeperOf("outreach").name())) {
                units.assign("outreach", "OFFICE");
            }
            DepartmentUnit office = units.get("OFFICE");
            if (!office.name().equals("Văn phòng Sở") || office.position() != 20) {
                units.change("OFFICE", new UnitCommand(null, "Văn phòng Sở", null, 20, null, null, office.version()));
            }
            for (DepartmentUnit u : units.list()) {
                if (!u.retired() && List.of("DIGITAL", "DATA", "ARCHIVE").contains(u.code())) {
                    units.change(u.code(), new UnitCommand(null, null, null, null, true, null, u.version()));
                }
            }
        });
        assertThat(Unit.labels().values()).doesNotContain("Phòng Chuyển đổi số", "Phòng Dữ liệu số", "Phòng Lưu trữ");
        assertThat(Unit.OFFICE.label()).isEqualTo("Văn phòng Sở");
    }

    @Test
    @WithUserDetails("admin")
    void aUnitAddedToTheOrgChartIsOfferedAndAcceptedByTheDraftsSheetAndAnUnknownOneIsRefusedOnce() throws IOException {
        units.add(new UnitCommand("DIGITAL", "Phòng Chuyển đổi số", "CĐS", null, null, null, null));
        Column unit = imports.register("drafts").columns().get(3);
        // the template's drop-down: the units in use, the new one too
        assertThat(unit.choices()).contains("Phòng Quản lý khoa học", "Phòng Chuyển đổi số");

        Path file = csv("du-thao.csv", DRAFTS, "Quy định chuyển đổi số trong quản lý dữ liệu của Sở;UBND tỉnh;Có;Phòng Chuyển đổi số;02/03/2026;;",
                "Kế hoạch chuyển đổi số năm 2026;UBND tỉnh;Không;digital;05/03/2026;;");
        ImportOutcome out = imports.importFile(file, "du-thao.csv", "drafts");
        assertThat(out.errors()).isEmpty();
        assertThat(out.added()).isEqualTo(2);
        List<Draft> mine = drafts.search(new DraftQuery("chuyển đổi số", null, null), 0, 10).items();
        assertThat(mine).hasSize(2).allSatisfy(d -> assertThat(d.unit().code()).isEqualTo("DIGITAL"))
                .allSatisfy(d -> assertThat(d.unit().label()).isEqualTo("Phòng Chuyển đổi số"));

        Path unknown = csv("du-thao-loi.csv", DRAFTS, "Dự thảo thứ nhất;UBND tỉnh;;Phòng Không Có;02/03/2026;;",
                "Dự thảo thứ hai;UBND tỉnh;;Phòng Không Có;02/03/2026;;", "Dự thảo thứ ba;UBND tỉnh;;Phòng Quản lý khoa học;02/03/2026;;");
        ImportOutcome refused = imports.importFile(unknown, "du-thao-loi.csv", "drafts");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).message()).contains("dòng 2").contains("Đơn vị chủ trì").contains("Phòng Không Có")
                .contains("Phòng Chuyển đổi số").contains("Phòng Quản lý khoa học").contains("2 dòng");
        assertThat(drafts.search(new DraftQuery("Dự thảo thứ", null, null), 0, 10).items()).isEmpty();

        // a retired unit is no longer offered
        DepartmentUnit digital = units.get("DIGITAL");
        units.change("DIGITAL", new UnitCommand(null, null, null, null, true, null, digital.version()));
        assertThat(unit.choices()).doesNotContain("Phòng Chuyển đổi số");
    }

    @Test
    @WithUserDetails("admin")
    void theUnitsSheetAddsAndChangesUnitsAllOrNothingAndExportsTheOrgChart() throws IOException {
        Path bad = csv("don-vi-loi.csv", UNITS, "ARCHIVE;Phòng Lưu trữ;;85;", "DATA;Phòng Dữ liệu số;PDLS;80;\"outreach; sổ không có\"");
        ImportOutcome refused = imports.importFile(bad, "don-vi-loi.csv", "units");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).message()).contains("dòng 3").contains("Cột E (Sổ đơn vị giữ)").contains("sổ không có")
                .contains("outreach");
        // nothing written: the good row went with the bad one
        assertThat(units.list()).extracting(DepartmentUnit::code).doesNotContain("ARCHIVE", "DATA");

        Path good = csv("don-vi.csv", UNITS, "DATA;Phòng Dữ liệu số;PDLS;80;thông tin, truyền thông",
                "OFFICE;Văn phòng Sở;;15;");
        ImportOutcome out = imports.importFile(good, "don-vi.csv", "units");
        assertThat(out.errors()).isEmpty();
        assertThat(out.added()).isEqualTo(2);
        DepartmentUnit data = units.get("DATA");
        assertThat(data.name()).isEqualTo("Phòng Dữ liệu số");
        assertThat(data.shortName()).isEqualTo("PDLS");
        assertThat(data.position()).isEqualTo(80);
        assertThat(data.registers()).containsExactly("outreach");
        assertThat(units.keeperOf("outreach").label()).isEqualTo("Phòng Dữ liệu số");
        assertThat(units.get("OFFICE").position()).isEqualTo(15);
        // the office kept its other registers (a blank cell leaves them)
        assertThat(units.get("OFFICE").registers()).contains("plans", "vocabularies").doesNotContain("outreach");

        // the same file again changes nothing
        int version = units.get("DATA").version();
        ImportOutcome again = imports.importFile(good, "don-vi.csv", "units");
        assertThat(again.errors()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(units.get("DATA").version()).isEqualTo(version);

        // a name the org chart has is refused, naming the row and the column
        ImportOutcome twice = imports.importFile(csv("don-vi-trung.csv", UNITS, "ARCHIVE;Phòng dữ liệu số;;;"), "don-vi-trung.csv", "units");
        assertThat(twice.refused()).isTrue();
        assertThat(twice.errors().get(0).message()).contains("dòng 2").contains("Cột B (Tên đơn vị)").contains("không trùng tên");

        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        exports.export("units", Exports.Format.CSV, java.util.Map.of(), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("DATA").contains("Phòng Dữ liệu số").contains("outreach")
                .contains("Văn phòng Sở");
    }

    @Test
    @WithUserDetails("admin")
    void theUnitsSheetRetiresAUnitInUseAndBringsItBackNeverDeletingIt() throws IOException {
        String header = UNITS + ";Thôi dùng";
        ImportOutcome added = imports.importFile(csv("don-vi-moi.csv", header, "RECORDS;Phòng Quản lý hồ sơ;PQLHS;85;outreach;Không"), "don-vi-moi.csv", "units");
        assertThat(added.errors()).isEmpty();
        assertThat(units.get("RECORDS").retired()).isFalse();
        assertThat(units.keeperOf("outreach").label()).isEqualTo("Phòng Quản lý hồ sơ");

        // a unit that keeps a register is not retired: the message names the retired column, nothing is written
        ImportOutcome keeps = imports.importFile(csv("don-vi-thoi.csv", header, "RECORDS;Phòng Quản lý hồ sơ;;;;Có"), "don-vi-thoi.csv", "units");
        assertThat(keeps.refused()).isTrue();
        assertThat(keeps.errors().get(0).message()).contains("dòng 2").contains("Cột F (Thôi dùng)").contains("giao các sổ này");
        assertThat(units.get("RECORDS").retired()).isFalse();

        // the office takes the register back in the row before; the unit is then retired, kept in the org chart and in the audit trail
        ImportOutcome retired = imports.importFile(csv("don-vi-thoi-2.csv", header, "OFFICE;Văn phòng Sở;;;\"outreach; vocabularies; plans\";",
                "RECORDS;Phòng Quản lý hồ sơ;;;;Có"), "don-vi-thoi-2.csv", "units");
        assertThat(retired.errors()).isEmpty();
        DepartmentUnit archive = units.get("RECORDS");
        assertThat(archive.retired()).isTrue();
        assertThat(archive.registers()).isEmpty();
        assertThat(units.list()).extracting(DepartmentUnit::code).contains("RECORDS");
        assertThat(Unit.labels().values()).doesNotContain("Phòng Quản lý hồ sơ");

        // the export lists it, marked retired; imported again the file changes nothing
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        exports.export("units", Exports.Format.CSV, java.util.Map.of(), out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported).contains("Thôi dùng").containsPattern("RECORDS[^\\n]*Phòng Quản lý hồ sơ[^\\n]*Có");
        Path again = dir.resolve("don-vi-xuat.csv");
        Files.writeString(again, exported, StandardCharsets.UTF_8);
        int version = units.get("RECORDS").version();
        ImportOutcome same = imports.importFile(again, "don-vi-xuat.csv", "units");
        assertThat(same.errors()).isEmpty();
        assertThat(same.added()).isZero();
        assertThat(units.get("RECORDS").version()).isEqualTo(version);

        // "Không" brings it back
        ImportOutcome back = imports.importFile(csv("don-vi-lai.csv", header, "RECORDS;Phòng Quản lý hồ sơ;;;;Không"), "don-vi-lai.csv", "units");
        assertThat(back.errors()).isEmpty();
        assertThat(units.get("RECORDS").retired()).isFalse();
        units.change("RECORDS", new UnitCommand(null, null, null, null, true, null, units.get("RECORDS").version()));
    }

    @Test
    @WithUserDetails("vanphong")
    void onlyAnAdministratorImportsTheOrgChart() throws IOException {
        ImportOutcome refused = imports.importFile(csv("don-vi.csv", UNITS, "LEGAL;Phòng Pháp chế;;;"), "don-vi.csv", "units");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors().get(0).message()).contains("quản trị hệ thống");
        assertThat(units.list()).extracting(DepartmentUnit::code).doesNotContain("LEGAL");
    }

    private Path csv(String name, String header, String... rows) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "\uFEFF" + header + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }
}
