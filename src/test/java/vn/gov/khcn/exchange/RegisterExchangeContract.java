package vn.gov.khcn.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.inspection.InspectionCommand;
import vn.gov.khcn.inspection.InspectionField;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.DeviceCommand;
import vn.gov.khcn.radiation.FacilityCommand;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.RadiationInspectionCommand;
import vn.gov.khcn.radiation.RadiationInspections;
import vn.gov.khcn.radiation.XrayDevices;
import vn.gov.khcn.shared.DomainException;

/**
 * The registers of the quality, inspection and radiation modules exchanged by spreadsheet, on both databases,
 * one table of cases: each template filled (with a row repeated) and imported through the owning service, read
 * back by the register's export, re-imported as all skipped; a bad cell and an unknown reference refuse the file
 * naming the row and the value, writing nothing; a filtered export holds only the rows its list page shows and
 * imports again as all skipped.
 */
abstract class RegisterExchangeContract {
    @Autowired
    Imports imports;
    @Autowired
    Exports exports;
    @Autowired
    List<RegisterSheet<?>> registers;
    @Autowired
    UserDetailsService users;
    @Autowired
    Organisations organisations;
    @Autowired
    RadiationFacilities facilities;
    @Autowired
    XrayDevices devices;
    @Autowired
    RadiationInspections radiationInspections;
    @Autowired
    Documents documents;
    @Autowired
    Inspections inspections;
    @TempDir
    Path dir;

    /** Marks this run's records: H2 and PostgreSQL runs never share names, and no demo record contains it. */
    String tag() {
        return getClass().getSimpleName().contains("H2") ? "RXH" : "RXP";
    }

    /** Records the cases refer to by name: organisations, a radiation facility with a device, decisions, an inspection. */
    @BeforeEach
    void fixtures() {
        signIn("admin");
        String t = tag();
        for (int b = 0; b <= 1; b++) {
            for (int i = 1; i <= 3; i++) {
                organisations.findOrCreate(hospital(b, i), OrganisationKind.HEALTH_FACILITY, "Hòa An");
                organisations.findOrCreate(agency(b, i), OrganisationKind.STATE_AGENCY, "Thành phố Cao Bằng");
                organisations.findOrCreate(shop(i), OrganisationKind.ENTERPRISE, "Thành phố Cao Bằng");
                documents.findOrRegister(new DocumentCommand(decision(b, i), DocumentType.DECISION, decisionDate(i), "Chánh Thanh tra Sở KH&CN",
                        "Quyết định thanh tra nhập mẫu " + t, null));
            }
            String number = (8 + b) + "/QĐ-NM" + t;
            LocalDate on = LocalDate.of(2023, 6, 1 + b);
            if (inspections.findByDecision(number, on).isEmpty()) {
                long doc = documents.findOrRegister(new DocumentCommand(number, DocumentType.DECISION, on, null, "Quyết định " + t, null)).id();
                inspections.record(new InspectionCommand(doc, InspectionField.RADIATION, "Thanh tra cơ sở nhập mẫu " + t + " " + b, on, null,
                        null, null));
            }
        }
        organisations.findOrCreate(agency(), OrganisationKind.STATE_AGENCY, "Thành phố Cao Bằng");
        organisations.findOrCreate(enterprise(), OrganisationKind.ENTERPRISE, "Thành phố Cao Bằng");
        if (facilities.findByName(clinic()).isEmpty()) {
            long org = organisations.findOrCreate(clinic(), OrganisationKind.HEALTH_FACILITY, "Hòa An").id();
            long f = facilities.record(FacilityCommand.of(org, "Phố Nhập Mẫu", null)).id();
            devices.record(DeviceCommand.of(f, device(), "Máy X-quang thông thường", "Phòng X-quang số 1"));
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    String hospital(int b, int i) {
        return "Bệnh viện Nhập Mẫu " + tag() + "-" + b + " số " + i;
    }

    String shop(int i) {
        return "Cửa hàng Nhập Mẫu " + tag() + " số " + i;
    }

    String clinic() {
        return "Phòng khám Nhập Mẫu " + tag();
    }

    String device() {
        return "XQ-" + tag() + "-F";
    }

    String agency() {
        return "Sở Nhập Mẫu " + tag();
    }

    String agency(int b, int i) {
        return "Phòng Nhập Mẫu " + tag() + "-" + b + " số " + i;
    }

    String enterprise() {
        return "Công ty Nhập Mẫu " + tag();
    }

    String decision(int b, int i) {
        return i + "/QĐ-NM" + tag() + b;
    }

    static LocalDate decisionDate(int i) {
        return LocalDate.of(i == 3 ? 2024 : 2023, i, 1);
    }

    /** Rows 1 and 2 in 2023, row 3 in 2024: a year filter of 2023 keeps the first two. */
    static int year(int i) {
        return i == 3 ? 2024 : 2023;
    }

    interface Rows {
        /** Data row {@code i} (1–3) of batch {@code b}: batches differ in every record's identity. */
        Object[] row(RegisterExchangeContract c, int b, int i);
    }

    /**
     * One register: who imports it, its rows, a cell made bad (column, value), a reference made unknown (column,
     * value), and the list-page filter with the rows (by number) it keeps.
     */
    record Case(String key, String user, Rows rows, int badColumn, Object badValue, int refColumn, String unknown,
                Map<String, String> filter, Predicate<Integer> kept, List<Map<String, String>> whole) {
        Case(String key, String user, Rows rows, int badColumn, Object badValue, int refColumn, String unknown,
             Map<String, String> filter, Predicate<Integer> kept) {
            this(key, user, rows, badColumn, badValue, refColumn, unknown, filter, kept, List.of(Map.of()));
        }

        @Override
        public String toString() {
            return key;
        }
    }

    static Stream<Case> registers() {
        Predicate<Integer> all = i -> true;
        Predicate<Integer> of2023 = i -> year(i) == 2023;
        Map<String, String> y2023 = Map.of("year", "2023");
        return Stream.of(
                new Case("radiation-facilities", "qlcn", (c, b, i) -> new Object[] {c.hospital(b, i), "Số " + i + " phố Nhập Mẫu", "Hòa An"},
                        1, "x".repeat(501), 0, "Bệnh viện Không Có", Map.of(), all),
                new Case("radiation-devices", "qlcn", (c, b, i) -> new Object[] {"XQ-" + c.tag() + "-" + b + "-" + i, c.clinic(),
                        "Máy X-quang kỹ thuật số", "Phòng X-quang số " + i}, 0, "X".repeat(61), 1, "Phòng khám Không Có", Map.of(), all),
                new Case("radiation-licences", "qlcn", (c, b, i) -> new Object[] {"GP-" + c.tag() + "-" + b + "-" + i, c.clinic(),
                        LocalDate.of(2023, i, 10), LocalDate.of(2033, i, 9), "Sử dụng thiết bị X-quang chẩn đoán trong y tế"},
                        3, "31/02/2033", 1, "Phòng khám Không Có", Map.of(), all),
                new Case("radiation-dossiers", "qlcn", (c, b, i) -> new Object[] {c.clinic(), "Hồ sơ nhập mẫu " + c.tag() + "-" + b + " số " + i,
                        LocalDate.of(year(i), i, 5), i == 2 ? null : LocalDate.of(year(i), i, 15), i == 2 ? null : "Gia hạn giấy phép"},
                        4, "Đã xong", 0, "Phòng khám Không Có", y2023, of2023),
                new Case("radiation-inspections", "qlcn", (c, b, i) -> new Object[] {c.clinic(), LocalDate.of(year(i), i, 12 + b), "Hòa An",
                        "Đúng quy định (" + c.tag() + "-" + b + ")."}, 1, "2023-13-45", 0, "Phòng khám Không Có", y2023, of2023),
                new Case("radiation-xray-jobs", "trungtam", (c, b, i) -> i == 1
                        ? new Object[] {"Kiểm định máy X-quang", c.clinic(), c.device(), null, LocalDate.of(2023, 5, 10 + b), "Đạt", "KĐ-" + c.tag() + "-" + b}
                        : new Object[] {"Kiểm xạ phòng X-quang", c.clinic(), null, "Phòng " + c.tag() + "-" + b + " số " + i,
                                LocalDate.of(2023, 5, 10), i == 3 ? "Không đạt" : "Đạt", "KX-" + c.tag() + "-" + i},
                        5, "Tốt", 1, "Phòng khám Không Có", Map.of(), all),
                new Case("quality-iso", "tdc", (c, b, i) -> new Object[] {c.agency(), LocalDate.of(year(i), i, 3 + b), (long) year(i),
                        i == 2 ? "Cần khắc phục" : "Đạt yêu cầu", "Kiểm tra nhập mẫu " + c.tag() + "-" + b + " số " + i}, 2, "hai nghìn", 0, "Sở Không Có", y2023, of2023,
                        // the ISO page shows one plan year (the current one unless chosen), and so does its export
                        List.of(y2023, Map.of("year", "2024"))),
                // the plan of checks the ISO page lists: one plan year at a time, like the page
                new Case("quality-iso-plan", "tdc", (c, b, i) -> new Object[] {(long) (2040 + i), c.agency(b, i)}, 0, "hai nghìn", 1,
                        "Sở Không Có", Map.of("year", "2041"), i -> i == 1,
                        List.of(Map.of("year", "2041"), Map.of("year", "2042"), Map.of("year", "2043"))),
                new Case("quality-surveys", "tdc", (c, b, i) -> new Object[] {c.enterprise(), LocalDate.of(year(i), i, 7 + b),
                        "Hàng đóng gói sẵn", "Thành phố Cao Bằng", "Chưa phát hiện vi phạm (" + c.tag() + "-" + b + ")."}, 1, "32/01/2023", 0, "Công ty Không Có", y2023, of2023),
                new Case("quality-awards", "tdc", (c, b, i) -> new Object[] {c.enterprise(), (long) (2022 + i - 10 * b),
                        LocalDate.of(2022 + i - 10 * b, 9, 10), "Gửi Tổng cục xem xét (" + c.tag() + "-" + b + ")."}, 1, "năm nay", 0, "Công ty Không Có", Map.of(), all),
                new Case("quality-guidance", "tdc", (c, b, i) -> new Object[] {c.enterprise(), LocalDate.of(year(i), i, 15),
                        "Ghi nhãn hàng hóa, nhập mẫu " + c.tag() + "-" + b + " số " + i}, 1, "15/15/2023", 0, "Công ty Không Có", y2023, of2023),
                new Case("inspections", "thanhtra", (c, b, i) -> new Object[] {c.decision(b, i), decisionDate(i),
                        i == 2 ? "Chất lượng sản phẩm, hàng hóa" : "Đo lường", "Thanh tra nhập mẫu " + c.tag() + "-" + b + " số " + i,
                        decisionDate(i).plusDays(3), "Đã ban hành kết luận.", i == 3 ? "Kiểm tra" : "Thanh tra"}, 2, "Môi trường", 0, "999/QĐ-KHONGCO",
                        Map.of("year", "2023", "field", "MEASUREMENT"), i -> i == 1),
                new Case("inspection-findings", "thanhtra", (c, b, i) -> new Object[] {(8 + b) + "/QĐ-NM" + c.tag(), LocalDate.of(2023, 6, 1 + b),
                        c.shop(i), (long) (i - 1), "Nhập mẫu " + c.tag() + "-" + b + ": " + (i - 1) + " hành vi", i == 1 ? null : "Xử phạt vi phạm hành chính",
                        (long) (i - 1) * 2_500_000L, (long) i * 2}, 3, "-", 2, "Cửa hàng Không Có", Map.of("year", "2023", "field", "RADIATION"), all));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registers")
    void importedOnceReadBackRefusedWhenWrongAndExportedAsItsListPageShows(Case k) throws IOException {
        RegisterSpec spec = imports.register(k.key());
        signIn(k.user());
        List<Object[]> rows = IntStream.rangeClosed(1, 3).mapToObj(i -> k.rows().row(this, 0, i)).toList();
        List<Object[]> withRepeat = new ArrayList<>(rows);
        withRepeat.add(rows.get(0));
        Path file = fill(spec, withRepeat);
        long before = whole(k).size();

        ImportOutcome first = imports.importFile(file, k.key() + ".xlsx", null);
        assertThat(first.errors()).isEmpty();
        assertThat(first.register()).isEqualTo(k.key());
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.skipped()).isEqualTo(1);
        // the repeated row (Excel row 5) is named with the row it repeats
        assertThat(imports.find(first.importId()).orElseThrow().skippedLines())
                .containsExactly("Dòng 5: trùng dòng 2 của tệp (" + spec.duplicateRule() + ")");
        // read back through the owning service: the register's export holds exactly the rows imported
        assertThat(mine(whole(k))).containsExactlyInAnyOrderElementsOf(typed(rows));
        ImportOutcome again = imports.importFile(file, k.key() + ".xlsx", k.key());
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(4);
        assertThat(whole(k)).hasSize((int) before + 3);

        // one wrong cell in Excel row 3: the file is refused naming row and column, its row 2 is not written
        List<Object[]> bad = IntStream.rangeClosed(1, 3).mapToObj(i -> k.rows().row(this, 1, i)).toList();
        bad.get(1)[k.badColumn()] = k.badValue();
        ImportOutcome refused = imports.importFile(fill(spec, bad), "loi.xlsx", k.key());
        assertThat(refused.refused()).isTrue();
        String column = "cột " + (char) ('A' + k.badColumn()) + " (" + spec.columns().get(k.badColumn()).heading() + ")";
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e.message()).contains("dòng 3").contains(column));
        assertThat(whole(k)).hasSize((int) before + 3);

        // a reference to a record the other register lacks: refused, the row and the unknown value named
        List<Object[]> unknown = IntStream.rangeClosed(1, 3).mapToObj(i -> k.rows().row(this, 1, i)).toList();
        unknown.get(1)[k.refColumn()] = k.unknown();
        ImportOutcome missing = imports.importFile(fill(spec, unknown), "thieu.xlsx", k.key());
        assertThat(missing.refused()).isTrue();
        assertThat(missing.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("dòng 3").contains("\"" + k.unknown()).contains("chưa có"));
        assertThat(whole(k)).hasSize((int) before + 3);

        // the list page's filters: only the rows it shows, in template columns, and they import again as all skipped
        List<Object[]> filtered = exported(k.key(), k.filter());
        List<Object[]> kept = IntStream.rangeClosed(1, 3).filter(i -> k.kept().test(i)).mapToObj(i -> rows.get(i - 1)).toList();
        assertThat(mine(filtered)).containsExactlyInAnyOrderElementsOf(typed(kept));
        assertThat(filtered).allSatisfy(r -> assertThat(r).hasSize(spec.columns().size()));
        Path xlsx = dir.resolve(k.key() + "-export.xlsx");
        try (OutputStream os = Files.newOutputStream(xlsx)) {
            exports.export(k.key(), Exports.Format.XLSX, k.filter(), os);
        }
        ImportOutcome reimport = imports.importFile(xlsx, k.key() + "-export.xlsx", null);
        assertThat(reimport.errors()).isEmpty();
        assertThat(reimport.register()).isEqualTo(k.key());
        assertThat(reimport.added()).isZero();
        assertThat(reimport.skipped()).isEqualTo(filtered.size());
    }

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/radiation/facilities, radiation-facilities", "/radiation/devices, radiation-devices", "/radiation/licences, radiation-licences",
        "/radiation/dossiers?year=2023, radiation-dossiers", "/radiation/inspections?year=2023, radiation-inspections",
        "/radiation/xray-jobs, radiation-xray-jobs", "/quality/iso?year=2023, quality-iso", "/quality/iso?year=2023, quality-iso-plan", "/quality/surveys?year=2023, quality-surveys",
        "/quality/awards, quality-awards", "/quality/guidance?year=2023, quality-guidance",
        "/inspections?year=2023&field=RADIATION, inspections", "/inspections?year=2023&field=RADIATION, inspection-findings"})
    void listPagesOfferTheirExportWithTheirFilters(String page, String key) throws Exception {
        String query = page.contains("?") ? page.substring(page.indexOf('?')).replace("&", "&amp;") : "";
        String html = mvc.perform(get(page).with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("/exchange/export/" + key + ".xlsx" + query);
        String csv = mvc.perform(get("/exchange/export/" + key + ".csv" + (page.contains("?") ? page.substring(page.indexOf('?')) : ""))
                        .with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + imports.register(key).columns().stream()
                .map(Column::heading).map(h -> h.contains(",") ? "\"" + h + "\"" : h).collect(java.util.stream.Collectors.joining(",")));
    }

    @org.junit.jupiter.api.Test
    void theDuplicateRulesAreTheRegistersOwnWhenEnteredByHand() {
        signIn("qlcn");
        long f = facilities.findByName(clinic()).orElseThrow().id();
        var inspection = RadiationInspectionCommand.of(f, null, LocalDate.of(2023, 11, 20), null);
        radiationInspections.record(inspection);
        assertThatThrownBy(() -> radiationInspections.record(inspection)).isInstanceOf(DomainException.class)
                .hasMessageContaining(clinic()).hasMessageContaining("20/11/2023").hasMessageContaining("đã có trong sổ");
        signIn("thanhtra");
        long decision = inspections.findByDecision("8/QĐ-NM" + tag(), LocalDate.of(2023, 6, 1)).orElseThrow().decisionDocId();
        assertThatThrownBy(() -> inspections.record(new InspectionCommand(decision, InspectionField.OTHER, "Thanh tra lặp " + tag(),
                LocalDate.of(2023, 6, 5), null, null, null))).isInstanceOf(DomainException.class).hasMessageContaining("Đã có cuộc thanh tra");
    }

    void signIn(String user) {
        UserDetails u = users.loadUserByUsername(user);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    /** Every record of the register: its export under the filters that together show all of it. */
    List<Object[]> whole(Case k) {
        return k.whole().stream().flatMap(f -> exported(k.key(), f).stream()).toList();
    }

    List<Object[]> exported(String key, Map<String, String> filter) {
        List<Object[]> out = new ArrayList<>();
        exports.each(key, filter, out::add);
        return out;
    }

    /** This run's imported rows (a cell names the tag and batch 0), as lists for comparison. */
    List<List<Object>> mine(List<Object[]> rows) {
        return rows.stream().filter(r -> Arrays.stream(r).anyMatch(v -> v instanceof String s && s.contains(tag() + "-0")))
                .map(Arrays::asList).toList();
    }

    static List<List<Object>> typed(List<Object[]> rows) {
        return rows.stream().map(Arrays::asList).toList();
    }

    /** The register's downloaded template with the rows written into its data sheet. */
    Path fill(RegisterSpec spec, List<Object[]> rows) throws IOException {
        return vn.gov.khcn.testing.Workbooks.fill(imports.template(spec.key()), spec.sheetName(), rows, Files.createTempFile(dir, "filled", ".xlsx"));
    }
}
