package vn.gov.khcn.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.drafting.DraftBody;
import vn.gov.khcn.drafting.DraftStage;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.programme.ProgrammeCommand;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.RoundCommand;

/**
 * The drafting, work-programme and technology registers' spreadsheets on both databases, one table-driven test per
 * register: a bad cell or an unknown reference refuses the file naming its row, the template filled (with a row
 * repeated) is imported once, re-importing skips every row, and the list's filtered export holds exactly the rows
 * the filter selects, in template columns, and imports again as all skipped.
 */
abstract class ImportDraftsProgrammeTechnologyContract {
    @Autowired
    Imports imports;
    @Autowired
    Exports exports;
    @Autowired
    List<RegisterSheet<?>> registers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Documents documents;
    @Autowired
    Organisations organisations;
    @Autowired
    WorkProgrammes programmes;
    @Autowired
    Drafts drafts;
    @Autowired
    InitiativeRounds rounds;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @TempDir
    Path dir;

    String tag() {
        return getClass().getSimpleName().contains("H2") ? "H" : "P";
    }

    /** A year no demo record and no other test uses, one per database run. */
    int year() {
        return tag().equals("H") ? 2013 : 2014;
    }

    /**
     * One register's case: its table, the list page offering the export, data row {@code i} (1–3) in the template's
     * columns as the export gives them back, the filters that select rows 1 and 2 (none: the page has no filter),
     * and a wrong value put into column {@code badColumn} of data row 2 (Excel row 3) with what the refusal says.
     */
    record Case(String key, String table, String page, IntFunction<Object[]> row, Map<String, String> filters,
                int badColumn, Object badValue, List<String> badSays) {
        @Override
        public String toString() {
            return key;
        }
    }

    static Stream<String> registerKeys() {
        return Stream.of("drafts", "work-programmes", "programme-items", "tech-appraisals", "ip-support-cases", "collective-marks",
                "ip-proposals", "innovation-plans", "initiative-rounds", "initiatives");
    }

    Case of(String key) {
        String t = tag();
        int y = year();
        LocalDate jan = LocalDate.of(y, 1, 1);
        return switch (key) {
            case "drafts" -> new Case(key, "draft", "/drafts", i -> new Object[] {"Dự thảo nhập thử D" + t + " số " + i, "UBND tỉnh",
                    i == 1 ? "Có" : "Không", "Phòng Quản lý công nghệ và Sở hữu trí tuệ", jan.plusDays(i),
                    i < 3 ? "Đã trình" : "Đang soạn thảo", i < 3 ? jan.plusMonths(2).plusDays(i) : null},
                    Map.of("q", "du thao nhap thu d" + t, "stage", "SUBMITTED"), 4, "31/02/" + y,
                    List.of("cột E (Ngày bắt đầu soạn thảo)", "31/02/" + y));
            case "work-programmes" -> new Case(key, "work_programme", "/programme", i -> new Object[] {(long) y, (long) i,
                    doc(i + "/CTr-UBND" + t, jan.plusDays(i))}, Map.of(), 2, "99/CTr-KHONGCO" + t,
                    List.of("Văn bản ban hành \"99/CTr-KHONGCO" + t + "\" chưa có trong sổ văn bản"));
            case "programme-items" -> {
                programme(y + "-07");
                programme(y + "-08");
                yield new Case(key, "programme_item", "/programme/items", i -> new Object[] {(long) y, i < 3 ? 7L : 8L,
                        "Nhiệm vụ nhập thử " + t + " số " + i, LocalDate.of(y, 7, 10 + i), i == 1 ? "Hoàn thành" : "Đang thực hiện",
                        i == 1 ? "Đã trình UBND tỉnh" : null, "Phòng Quản lý công nghệ và Sở hữu trí tuệ",
                        // outcome documents newest first, as the register lists them
                        i == 1 ? doc("22/BC-NVIMP" + t, LocalDate.of(y, 7, 6)) + "; " + doc("21/BC-NVIMP" + t, LocalDate.of(y, 7, 5)) : null},
                        Map.of("month", y + "-07", "q", "nhiem vu nhap thu " + t), 1, 12L,
                        List.of("Chương trình công tác tháng 12/" + y + " chưa có trong sổ"));
            }
            case "tech-appraisals" -> {
                String investor = organisation("Công ty Chủ Đầu Tư Nhập " + t);
                yield new Case(key, "tech_appraisal", "/technology/appraisals", i -> new Object[] {"Dự án nhập thử " + t + " số " + i,
                        investor, LocalDate.of(i < 3 ? y : y - 1, 4, i), i == 1 ? doc("31/SKH&CN-YKCN" + t, LocalDate.of(y, 4, 1)) : null,
                        i == 2 ? "Công nghệ phù hợp" : null},
                        Map.of("q", "Dự án nhập thử " + t, "year", String.valueOf(y)), 1, "Công ty Không Có " + t,
                        List.of("Chủ đầu tư \"Công ty Không Có " + t + "\" chưa có trong danh mục tổ chức"));
            }
            case "ip-support-cases" -> new Case(key, "ip_support_case", "/technology/support-cases", i -> new Object[] {
                    "Hợp tác xã nhập thử " + t + " số " + i, "Nhãn hiệu tập thể", LocalDate.of(i < 3 ? y : y - 1, 5, i),
                    i == 1 ? "Đã nộp đơn" : null},
                    Map.of("q", "hop tac xa nhap thu " + t, "year", String.valueOf(y)), 1, "Bản quyền tác giả",
                    List.of("cột B (Đối tượng)", "Bản quyền tác giả"));
            case "collective-marks" -> new Case(key, "collective_mark", "/technology/marks", i -> new Object[] {
                    (i < 3 ? "Miến dong nhập thử " : "Hạt dẻ nhập thử ") + t + " " + i, "Nhãn hiệu tập thể", "Miến dong",
                    i == 1 ? "Hội Miến dong" : null, "Đã được cấp văn bằng bảo hộ", i == 2 ? LocalDate.of(2024, 5, 20) : null},
                    Map.of("q", "Miến dong nhập thử " + t), 2, "", List.of("cột C (Sản phẩm)", "bắt buộc"));
            case "ip-proposals" -> {
                doc("41/TTr-DXSHTT" + t, LocalDate.of(y, 6, 1));
                doc("41/TTr-DXSHTT" + t, LocalDate.of(y - 1, 6, 1));
                yield new Case(key, "ip_proposal", "/technology/proposals", i -> new Object[] {"Đề xuất nhập thử " + t + " số " + i,
                        "Trung tâm Ứng dụng (demo)", LocalDate.of(i < 3 ? y : y - 1, 6, i), i == 1 ? doc("42/TTr-DXSHTT" + t, LocalDate.of(y, 6, 1)) : null},
                        Map.of("year", String.valueOf(y)), 3, "41/TTr-DXSHTT" + t,
                        List.of("Văn bản đề xuất \"41/TTr-DXSHTT" + t + "\"", "có 2 văn bản cùng số, ký hiệu", "41/TTr-DXSHTT" + t + " ngày 01/06/" + y));
            }
            case "innovation-plans" -> new Case(key, "innovation_plan", "/technology/plans", i -> new Object[] {"Kế hoạch nhập thử " + t + " số " + i,
                    LocalDate.of(i < 3 ? y : y - 1, 3, i), doc(i + "/KH-KHDMST" + t, LocalDate.of(i < 3 ? y : y - 1, 3, i))},
                    Map.of("year", String.valueOf(y)), 2, "", List.of("cột C (Văn bản)"));
            case "initiative-rounds" -> new Case(key, "initiative_round", "/technology/rounds", i -> new Object[] {(long) (i < 3 ? y : y - 1),
                    (long) (i < 3 ? i : 1), LocalDate.of(y, i, 1), doc(i + "/TTr-DOTSK" + t, LocalDate.of(y, i, 1)),
                    i == 1 ? LocalDate.of(y, i, 20) : null, i == 1 ? doc(i + "/QĐ-UBND" + t, LocalDate.of(y, i, 20)) : null},
                    Map.of("year", String.valueOf(y)), 4, LocalDate.of(y - 1, 12, 1),
                    List.of("Ngày quyết định công nhận phải sau ngày trình"));
            case "initiatives" -> {
                round(y, 7);
                round(y - 1, 7);
                // listed on the rounds page (its year filter); the template is offered on the exchange page
                yield new Case(key, "initiative", "/exchange", i -> new Object[] {(long) (i < 3 ? y : y - 1), 7L,
                        "Sáng kiến nhập thử " + t + " số " + i, "Nông Văn Tác Giả " + i + " (demo)", i == 1 ? "Trường THPT Demo" : null},
                        Map.of("year", String.valueOf(y)), 1, 19L, List.of("Đợt 19 năm " + y + " chưa có trong sổ đợt công nhận sáng kiến"));
            }
            default -> throw new IllegalArgumentException(key);
        };
    }

    @ParameterizedTest
    @MethodSource("registerKeys")
    @WithUserDetails("qlcn")
    void registerIsImportedOnceRefusedWhenWrongAndExportedWithItsListFilters(String key) throws Exception {
        Case c = of(key);
        RegisterSpec spec = imports.register(key);
        long before = count(c.table());

        // a wrong cell in data row 2 (Excel row 3) refuses the whole file, naming the row; nothing is written
        Path bad = fill(spec, 3, i -> {
            Object[] r = c.row().apply(i);
            if (i == 2) {
                r[c.badColumn()] = c.badValue();
            }
            return r;
        });
        ImportOutcome refused = imports.importFile(bad, key + "-loi.xlsx", key);
        assertThat(refused.refused()).as(key).isTrue();
        assertThat(refused.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("dòng 3").contains(c.badSays()));
        assertThat(count(c.table())).isEqualTo(before);

        // the three rows and row 1 again: three added, the repeat skipped; the register is recognised from the sheet
        Path good = fill(spec, 4, i -> c.row().apply(i == 4 ? 1 : i));
        ImportOutcome first = imports.importFile(good, key + ".xlsx", null);
        assertThat(first.errors()).as(key).isEmpty();
        assertThat(first.register()).isEqualTo(key);
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.skipped()).isEqualTo(1);
        assertThat(count(c.table())).isEqualTo(before + 3);

        ImportOutcome again = imports.importFile(good, key + ".xlsx", key);
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(4);
        assertThat(count(c.table())).isEqualTo(before + 3);

        // the export, read back through the register's service, gives the filtered rows in template columns
        List<List<Object>> exported = new ArrayList<>();
        exports.each(key, c.filters(), r -> exported.add(Arrays.asList(r)));
        List<List<Object>> expected = Stream.of(1, 2, 3).map(i -> Arrays.asList(c.row().apply(i))).toList();
        if (c.filters().isEmpty()) {
            assertThat(exported).containsAll(expected);
        } else {
            assertThat(exported).containsExactlyInAnyOrderElementsOf(expected.subList(0, 2));
        }
        assertThat(exported).allSatisfy(r -> assertThat(r).hasSize(spec.columns().size()));

        // the exported file imports again with every row skipped
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exports.export(key, Exports.Format.XLSX, c.filters(), xlsx);
        Path back = dir.resolve(key + "-xuat.xlsx");
        Files.write(back, xlsx.toByteArray());
        ImportOutcome reimported = imports.importFile(back, key + "-xuat.xlsx", null);
        assertThat(reimported.errors()).as(key).isEmpty();
        assertThat(reimported.added()).isZero();
        assertThat(reimported.skipped()).isEqualTo(exported.size());
        assertThat(count(c.table())).isEqualTo(before + 3);

        // the list page offers the export with its filters
        String html = mvc.perform(MockMvcRequestBuilders.get(c.page())
                .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("qlcn")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/exchange/export/" + key + ".xlsx").contains("/exchange/export/" + key + ".csv");
    }

    @ParameterizedTest
    @MethodSource("registerKeys")
    @WithUserDetails("qlcn")
    void csvExportCarriesTheTemplateHeadings(String key) throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.export(key, Exports.Format.CSV, Map.of(), csv);
        String first = csv.toString(java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(first).startsWith("\uFEFF").contains(imports.register(key).columns().get(0).heading())
                .contains(imports.register(key).columns().get(imports.register(key).columns().size() - 1).heading());
    }

    @org.junit.jupiter.api.Test
    @WithUserDetails("qlcn")
    void aDraftImportedAtALaterStageHasItsHistoryFromDraftingToThatStage() throws IOException {
        String title = "Dự thảo lịch sử " + tag();
        LocalDate begun = LocalDate.of(year(), 9, 1);
        ImportOutcome out = imports.importFile(fill(imports.register("drafts"), 1, i -> new Object[] {title, "HĐND tỉnh", "Có",
                "Phòng Quản lý công nghệ và Sở hữu trí tuệ", begun, "Đã ban hành", begun.plusDays(30)}), "du-thao.xlsx", "drafts");
        assertThat(out.added()).isEqualTo(1);
        var d = drafts.search(new vn.gov.khcn.drafting.DraftQuery(title, DraftBody.PEOPLE_COUNCIL, null), 0, 5).items().get(0);
        assertThat(d.stage()).isEqualTo(DraftStage.ISSUED);
        assertThat(d.issuedOn()).isEqualTo(begun.plusDays(30));
        assertThat(drafts.stages(d.id())).extracting(s -> s.stage()).containsExactly(DraftStage.DRAFTING, DraftStage.ISSUED);
        assertThat(drafts.exists(title, DraftBody.PEOPLE_COMMITTEE)).isFalse();
    }

    @org.junit.jupiter.api.Test
    @WithUserDetails("qlkh")
    void aRowOfAnotherUnitsRegisterIsRefusedNamingItsRowNotAFailure() throws IOException {
        long before = count("ip_support_case");
        ImportOutcome out = imports.importFile(fill(imports.register("ip-support-cases"), 1, i -> new Object[] {
                "Hộ kinh doanh khác đơn vị " + tag(), "Sáng chế", LocalDate.of(year(), 8, 1), null}), "shcn.xlsx", "ip-support-cases");
        assertThat(out.refused()).isTrue();
        assertThat(out.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("dòng 2")
                .contains("không có quyền sửa hồ sơ của Phòng Quản lý công nghệ và Sở hữu trí tuệ"));
        assertThat(count("ip_support_case")).isEqualTo(before);
    }

    RegisterSheet<?> register(String key) {
        return registers.stream().filter(r -> r.spec().key().equals(key)).findFirst().orElseThrow();
    }

    /** Registers the document once and returns how a sheet cites it. */
    String doc(String numberSymbol, LocalDate issuedOn) {
        var d = documents.find(numberSymbol, issuedOn).orElseGet(() -> documents.register(
                new DocumentCommand(numberSymbol, null, issuedOn, null, "Văn bản nhập thử " + numberSymbol, null)));
        return d.numberSymbol() + " ngày " + vn.gov.khcn.shared.Formats.date(d.issuedOn());
    }

    String organisation(String name) {
        if (organisations.findByName(name).isEmpty()) {
            organisations.record(new OrganisationCommand(name, OrganisationKind.ENTERPRISE, "Hòa An", null, null, null));
        }
        return name;
    }

    void programme(String month) {
        if (programmes.programmeOf(month).isEmpty()) {
            String ym = month.replace("-", "");
            long doc = documents.find(ym + "/CTr-UBNDNV" + tag(), LocalDate.parse(month + "-01")).orElseGet(() -> documents.register(
                    new DocumentCommand(ym + "/CTr-UBNDNV" + tag(), null, LocalDate.parse(month + "-01"), null, "Chương trình công tác", null))).id();
            programmes.recordProgramme(new ProgrammeCommand(month, doc));
        }
    }

    void round(int year, int no) {
        if (rounds.find(year, no).isEmpty()) {
            rounds.record(RoundCommand.of(year, no, null, null, null, null));
        }
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The register's template with data rows 1..n written into its sheet. */
    Path fill(RegisterSpec spec, int n, IntFunction<Object[]> rows) throws IOException {
        return vn.gov.khcn.testing.Workbooks.fill(imports.template(spec.key()), spec.sheetName(), vn.gov.khcn.testing.Workbooks.rows(n, rows),
                Files.createTempFile(dir, spec.key(), ".xlsx"));
    }
}
