package vn.gov.khcn.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.OrganisationQuery;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.quality.Surveys;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.testing.Workbooks;

/**
 * The geography register on both databases: former districts and communes loaded from their spreadsheets (errors
 * naming sheet, row and column), organisations placed in a commune by name or code (an unknown one refused once per
 * column), and the survey figures broken down by commune in 2026 and by former district in 2021.
 */
abstract class GeographyContract {
    @Autowired
    Geography geography;
    @Autowired
    Organisations organisations;
    @Autowired
    Imports imports;
    @Autowired
    Surveys surveys;
    @Autowired
    List<IndicatorProvider> providers;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;
    /** A short tag of this run, to keep codes (20 characters at most) and names apart on the shared database. */
    final String tag = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase(java.util.Locale.ROOT);

    IndicatorValue value(String code, DateRange p) {
        Indicator i = providers.stream().flatMap(x -> x.indicators().stream()).filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        return i.compute(p);
    }

    Path fill(String key, String sheet, Object[]... rows) throws IOException {
        return Workbooks.fill(imports.template(key), sheet, List.of(rows), dir.resolve(key + "-" + System.nanoTime() + ".xlsx"));
    }

    /** Two former districts and three communes of this run, loaded from the spreadsheets. */
    void loadGeography() throws IOException {
        ImportOutcome d = imports.importFile(fill("former-districts", "Huyen cu",
                new Object[] {"H" + tag + "A", "Huyện Thử Nghiệm " + tag, LocalDate.of(2025, 6, 30)},
                new Object[] {"H" + tag + "B", "Huyện Núi Đá " + tag, LocalDate.of(2025, 6, 30)}), "huyen.xlsx", "former-districts");
        assertThat(d.errors()).isEmpty();
        assertThat(d.added()).isEqualTo(2);
        ImportOutcome c = imports.importFile(fill("communes", "Xa phuong",
                new Object[] {"X" + tag + "1", "Sông Thử " + tag, "Phường", LocalDate.of(2025, 7, 1), "H" + tag + "A"},
                new Object[] {"X" + tag + "2", "Lũng Thử " + tag, "xa", LocalDate.of(2025, 7, 1), "Huyen Thu Nghiem " + tag + "; H" + tag + "B"},
                new Object[] {"X" + tag + "3", "Đảo Thử " + tag, "Đặc khu", LocalDate.of(2025, 7, 1), null}), "xa.xlsx", "communes");
        assertThat(c.errors()).isEmpty();
        assertThat(c.added()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("vanphong")
    void communesAreLoadedFromTheirSpreadsheetWithTheDistrictsTheyCameFromAndAudited() throws IOException {
        loadGeography();
        Commune both = geography.findCommune("x" + tag.toLowerCase(java.util.Locale.ROOT) + "2").orElseThrow();
        assertThat(both.kind()).isEqualTo(CommuneKind.COMMUNE);
        assertThat(both.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(both.formerDistricts()).containsExactly("Huyện Thử Nghiệm " + tag, "Huyện Núi Đá " + tag);
        assertThat(geography.findCommune("Phường Sông Thử " + tag)).isPresent();
        assertThat(geography.findCommune("song thu " + tag.toLowerCase(java.util.Locale.ROOT))).isPresent();
        // the page's filter: the communes that came from a former district, and by words of the name
        assertThat(geography.search(new CommuneQuery(null, null, "H" + tag + "A"), 0, 50).items()).extracting(Commune::name)
                .containsExactlyInAnyOrder("Sông Thử " + tag, "Lũng Thử " + tag);
        assertThat(geography.search(new CommuneQuery("dao thu " + tag, CommuneKind.SPECIAL_ZONE, null), 0, 50).total()).isOne();
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'commune' and entity_id = :id and action = 'CREATE'")
                .param("id", both.id()).query(Long.class).single()).isOne();
        // again: every row is there already
        ImportOutcome again = imports.importFile(fill("communes", "Xa phuong",
                new Object[] {"X" + tag + "1", "Sông Thử " + tag, "Phường", LocalDate.of(2025, 7, 1), null}), "xa.xlsx", "communes");
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isOne();
    }

    @Test
    @WithUserDetails("vanphong")
    void aCommuneOfAnUnknownDistrictIsRefusedNamingSheetRowAndColumn() throws IOException {
        ImportOutcome out = imports.importFile(fill("communes", "Xa phuong",
                new Object[] {"Y" + tag + "1", "Bản Lạ " + tag, "Xã", LocalDate.of(2025, 7, 1), "Huyện Không Có " + tag}), "xa.xlsx", "communes");
        assertThat(out.refused()).isTrue();
        ImportError e = out.errors().get(0);
        assertThat(e.sheet()).isEqualTo("Xa phuong");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.message()).contains("Cột E (Từ huyện cũ)").contains("Huyện Không Có " + tag).contains("Thành phố Cao Bằng");
        assertThat(geography.findCommune("Y" + tag + "1")).isEmpty();
    }

    @Test
    @WithUserDetails("vanphong")
    void anOrganisationIsInACommuneNamedByNameOrCode() throws IOException {
        loadGeography();
        Organisation byName = organisations.record(OrganisationCommand.of("Hợp tác xã Sông Thử " + tag, OrganisationKind.COOPERATIVE,
                null, "phuong song thu " + tag.toLowerCase(java.util.Locale.ROOT), null));
        assertThat(byName.commune()).isEqualTo("Sông Thử " + tag);
        assertThat(byName.communeCode()).isEqualTo("X" + tag + "1");
        assertThat(byName.district()).isNull();
        Organisation old = organisations.record(OrganisationCommand.of("Trạm Cũ " + tag, OrganisationKind.PUBLIC_UNIT, "Hòa An", "X" + tag + "2", null));
        assertThat(old.district()).isEqualTo("Hòa An");
        assertThat(old.commune()).isEqualTo("Lũng Thử " + tag);
        assertThat(organisations.search(new OrganisationQuery(null, null, null, "X" + tag + "1"), 0, 10).items()).extracting(Organisation::name)
                .containsExactly("Hợp tác xã Sông Thử " + tag);
        assertThat(organisations.search(new OrganisationQuery(tag, null, "051", "Lũng Thử " + tag), 0, 10).items()).extracting(Organisation::name)
                .containsExactly("Trạm Cũ " + tag);
        assertThatThrownBy(() -> organisations.record(OrganisationCommand.of("Trạm Lạc " + tag, OrganisationKind.PUBLIC_UNIT, null,
                "Xã Không Có " + tag, null))).isInstanceOf(DomainException.class).hasMessageContaining("không có trong danh mục địa giới")
                .hasMessageContaining("Sông Thử " + tag);

        // the spreadsheet: an unknown commune on three rows is one error of its column, naming the accepted values
        Object[][] rows = new Object[3][];
        for (int i = 0; i < 3; i++) {
            rows[i] = new Object[] {"Cơ sở Xã Lạ " + tag + " " + i, "Doanh nghiệp", null, null, null, "Xã Lạ " + tag};
        }
        ImportOutcome out = imports.importFile(fill("organisations", "To chuc", rows), "to-chuc.xlsx", "organisations");
        assertThat(out.refused()).isTrue();
        List<ImportError> communeErrors = out.errors().stream().filter(e -> e.column() != null && e.column().startsWith("F")).toList();
        assertThat(communeErrors).hasSize(1);
        assertThat(communeErrors.get(0).message()).contains("Xã Lạ " + tag).contains("Sông Thử " + tag).contains("3 dòng");
        // by name or code, both in one file
        ImportOutcome good = imports.importFile(fill("organisations", "To chuc",
                new Object[] {"Cơ sở Theo Mã " + tag, "Doanh nghiệp", null, null, null, "X" + tag + "3"},
                new Object[] {"Cơ sở Theo Tên " + tag, "Doanh nghiệp", "Hòa An", "Xã Bạch Đằng", null, "Lũng Thử " + tag}), "to-chuc.xlsx", "organisations");
        assertThat(good.errors()).isEmpty();
        assertThat(organisations.findByName("Cơ sở Theo Mã " + tag).orElseThrow().commune()).isEqualTo("Đảo Thử " + tag);
        Organisation named = organisations.findByName("Cơ sở Theo Tên " + tag).orElseThrow();
        assertThat(named.commune()).isEqualTo("Lũng Thử " + tag);
        assertThat(named.district()).isEqualTo("Hòa An");
        assertThat(named.formerCommune()).isEqualTo("Xã Bạch Đằng");
    }

    @Test
    @WithUserDetails("vanphong")
    void surveysOf2026AreBrokenDownByCommune() throws IOException {
        loadGeography();
        long a = organisations.record(OrganisationCommand.of("Cửa hàng Sông Thử " + tag, OrganisationKind.HOUSEHOLD, null, "X" + tag + "1", null)).id();
        long b = organisations.record(OrganisationCommand.of("Cửa hàng Lũng Thử " + tag, OrganisationKind.HOUSEHOLD, null, "X" + tag + "2", null)).id();
        long c = organisations.record(OrganisationCommand.of("Cửa hàng Lũng Thử hai " + tag, OrganisationKind.HOUSEHOLD, null, "X" + tag + "2", null)).id();
        LocalDate day = LocalDate.of(2026, 3, 2);
        CurrentUser.runAsSystem(() -> {
            surveys.record(SurveyCommand.of(a, "Mũ bảo hiểm", null, day, null));
            surveys.record(SurveyCommand.of(b, "Mũ bảo hiểm", null, day.plusDays(1), null));
            surveys.record(SurveyCommand.of(c, "Mũ bảo hiểm", null, day.plusDays(2), null));
            return null;
        });
        IndicatorValue v = value("quality.surveyedFacilities", new DateRange(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 3, 16)));
        assertThat(v.part("commune", "Sông Thử " + tag)).isOne();
        assertThat(v.part("commune", "Lũng Thử " + tag)).isEqualTo(2);
        // a commune's own facilities have no former district after 1/7/2025
        assertThat(v.by().getOrDefault("formerDistrict", new java.util.TreeMap<>())).doesNotContainKey("Huyện Thử Nghiệm " + tag);
        assertThat(v.by().get("commune").values().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(v.value());
    }

    @Test
    void surveysOf2021AreBrokenDownByFormerDistrictAndTheGoldenFiguresStay() {
        DateRange ytd = new DateRange(LocalDate.of(2020, 12, 17), LocalDate.of(2021, 9, 16));
        IndicatorValue v = value("quality.surveyedFacilities", ytd);
        assertThat(v.value()).isEqualTo(41);
        assertThat(v.names()).hasSize(6);
        assertThat(v.by()).doesNotContainKey("commune");
        assertThat(v.by().get("formerDistrict")).hasSize(6).containsKeys("Thành phố Cao Bằng", "Hòa An", "Thạch An");
        assertThat(v.by().get("formerDistrict").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(41);
        IndicatorValue communes = value("radiation.inspectedCommunes", ytd);
        assertThat(communes.value()).isZero();
        assertThat(value("radiation.inspectedDistricts", ytd).value()).isEqualTo(6);
    }

    @Test
    void theDemoShipsCaoBangsDistrictsOf2021AndSomeCommunes() {
        assertThat(geography.districts()).extracting(FormerDistrict::name).contains("Thành phố Cao Bằng", "Bảo Lâm", "Bảo Lạc", "Hà Quảng",
                "Trùng Khánh", "Hạ Lang", "Quảng Hòa", "Hòa An", "Nguyên Bình", "Thạch An");
        assertThat(geography.findDistrict("051").orElseThrow().validUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(geography.findCommune("Phường Thục Phán").orElseThrow().formerDistricts()).containsExactly("Thành phố Cao Bằng");
        // the demo's organisations keep the district they were recorded with, now a reference
        assertThat(jdbc.sql("select count(*) from organisation where former_district_id is not null").query(Long.class).single()).isGreaterThan(40);
    }

    @Test
    @WithUserDetails("qlkh")
    void onlyTheOfficeAndAdministratorsChangeTheGeography() {
        assertThatThrownBy(() -> geography.recordDistrict(DistrictCommand.of("Z" + tag, "Huyện Trái Phép " + tag, LocalDate.of(2025, 6, 30))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
