package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.khcn.testing.CommandRun;

/**
 * {@code khcn profile import FILE} loads a profile into a first start and says what it loaded; {@code khcn profile
 * export --out FILE} writes the department's profile; a department that has described itself refuses another.
 */
class ProfileCommandTest {
    /** A profile as another department wrote it: its settings and one instrument type of its own. */
    static final String PROFILE = """
            {"format": "khcn-department-profile", "formatVersion": 1, "exportedAt": "2026-11-30T08:00:00+07:00",
             "department": "SỞ KHOA HỌC VÀ CÔNG NGHỆ — UBND TỈNH BÌNH LAM",
             "parts": {
               "settings": {"parentBody": "UBND TỈNH BÌNH LAM", "department": "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "province": "Bình Lam",
                 "symbol": "BC-SKHCN", "place": "Lam Sơn", "signerTitle": "GIÁM ĐỐC", "signerName": "Lò Văn Lam",
                 "recipients": "UBND tỉnh", "site": "skhcn.binhlam.gov.vn",
                 "legalBasis": "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ", "cutOffDay": 14},
               "vocabularies": {"INSTRUMENT_TYPE": [
                 {"code": "NONG_DO_CON", "label": "Phương tiện đo nồng độ cồn", "retired": false, "intervalMonths": 12}]}
             }}""";

    @Test
    void importsAProfileIntoAFirstStartAndExportsIt(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path in = Files.writeString(dir.resolve("ho-so.json"), PROFILE);
        CommandRun missing = run("profile", "import", "--data", data.toString(), dir.resolve("khong-co.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Không có tệp");

        CommandRun loaded = run("profile", "import", "--data", data.toString(), in.toString());
        assertThat(loaded.code()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("Đã nạp hồ sơ thiết lập").contains("- Thiết lập của Sở: Tên tỉnh — Bình Lam")
                .contains("- Danh mục dùng chung: thêm vào loại phương tiện đo \"Phương tiện đo nồng độ cồn\", chu kỳ 12 tháng");

        Path out = dir.resolve("ra.json");
        CommandRun exported = run("profile", "export", "--data", data.toString(), "--out", out.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Đã ghi hồ sơ thiết lập của Sở");
        String file = Files.readString(out);
        assertThat(file).contains("\"format\" : \"khcn-department-profile\"").contains("\"province\" : \"Bình Lam\"")
                .contains("\"code\" : \"NONG_DO_CON\"");

        CommandRun again = run("profile", "import", "--data", data.toString(), out.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("Sở đã thiết lập xong nên không nạp hồ sơ thiết lập");
    }

    private static CommandRun run(String... args) {
        return CommandRun.khcn(args);
    }
}
