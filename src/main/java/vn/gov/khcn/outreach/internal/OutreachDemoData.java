package vn.gov.khcn.outreach.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * Outreach records: 219 news posts on khcncaobang.gov.vn from 17/12/2020 to 16/9/2021 (35 of them from
 * 17/8/2021), 8 broadcasts (1 in the month), bulletins 1/2021 and 2/2021 of 500 copies each and 3/2021
 * still drafted. Titles are made deterministically from topic lists.
 */
@org.springframework.core.annotation.Order(300)
@Component
record OutreachDemoData(Outreach outreach) implements DemoDataContributor {
    static final String SITE = "khcncaobang.gov.vn";
    static final String STATION = "Đài Phát thanh và Truyền hình tỉnh";
    private static final List<String> FORMS = List.of("Cao Bằng: %s", "Hội nghị triển khai %s", "Kiểm tra tiến độ %s",
            "Nghiệm thu %s", "Tập huấn %s", "Hội thảo khoa học về %s", "Tăng cường %s", "Đẩy mạnh %s", "Kết quả bước đầu của %s",
            "Sở KH&CN làm việc về %s", "Hướng dẫn %s");
    private static final List<String> TOPICS = List.of("ứng dụng tiến bộ KH&CN trong sản xuất nông nghiệp",
            "mô hình trồng Hà thủ ô đỏ tại huyện Bảo Lạc", "phát triển nhãn hiệu tập thể cho đặc sản địa phương",
            "bảo tồn nguồn gen cây trồng quý hiếm", "nhân giống lan kim tuyến bằng nuôi cấy mô", "kiểm định phương tiện đo trên địa bàn tỉnh",
            "an toàn bức xạ tại các cơ sở y tế", "áp dụng TCVN ISO 9001:2015 trong cơ quan hành chính", "hệ sinh thái khởi nghiệp đổi mới sáng tạo",
            "bảo hộ quyền sở hữu trí tuệ cho nếp Hương, lê Đông Khê", "mô hình chè Thị Ngân tại huyện Thạch An", "sản xuất trà giảo cổ lam",
            "nhiệm vụ KH&CN cấp tỉnh năm 2021", "truy xuất nguồn gốc sản phẩm hàng hóa", "bảo quản quýt bằng màng sinh học",
            "thanh tra chuyên ngành đo lường", "khảo sát chất lượng sản phẩm, hàng hóa", "phát triển tài sản trí tuệ đến năm 2030",
            "mô hình nếp Ong tại huyện Trùng Khánh", "ứng dụng chế phẩm nano xử lý hạt giống ngô", "chuyển giao kết quả nghiên cứu cho các huyện");

    @Override
    public void load() {
        int n = 0;
        n = posts(LocalDate.of(2020, 12, 17), LocalDate.of(2021, 8, 16), 184, n);
        posts(LocalDate.of(2021, 8, 17), LocalDate.of(2021, 9, 16), 35, n);

        broadcast(LocalDate.of(2020, 11, 18), "Chuyên mục KH&CN và đời sống: mô hình trồng dẻ Trùng Khánh");
        String[] aired = {"2021-01-20", "2021-02-24", "2021-03-24", "2021-04-21", "2021-05-19", "2021-06-23", "2021-07-21", "2021-08-25"};
        String[] themes = {"sản xuất giống nấm tại Trung tâm Ứng dụng", "bảo quản quýt bằng màng sinh học", "kiểm định phương tiện đo",
                "bảo hộ nhãn hiệu cho đặc sản Cao Bằng", "chào mừng Ngày KH&CN Việt Nam 18/5", "lưu giữ nguồn gen cây trồng",
                "khởi nghiệp đổi mới sáng tạo", "trà giảo cổ lam và sản phẩm nghệ của Trung tâm"};
        for (int i = 0; i < aired.length; i++) {
            broadcast(LocalDate.parse(aired[i]), "Chuyên mục KH&CN và đời sống: " + themes[i]);
        }

        bulletin("1/2021", LocalDate.of(2021, 4, 15));
        bulletin("2/2021", LocalDate.of(2021, 7, 15));
        bulletin("3/2021", null);
    }

    /** count posts spread evenly over [from, to]; returns the running number for the titles. */
    private int posts(LocalDate from, LocalDate to, int count, int n) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        for (int i = 0; i < count; i++, n++) {
            LocalDate on = from.plusDays(i * days / count);
            String title = String.format(FORMS.get(n % FORMS.size()), TOPICS.get((n * 7 + n / FORMS.size()) % TOPICS.size()));
            outreach.record(OutreachCommand.of(Channel.NEWS_POST, Character.toUpperCase(title.charAt(0)) + title.substring(1), on, SITE, null, null, null));
        }
        return n;
    }

    private void broadcast(LocalDate on, String title) {
        outreach.record(OutreachCommand.of(Channel.BROADCAST, title, on, null, STATION, null, null));
    }

    private void bulletin(String no, LocalDate on) {
        outreach.record(OutreachCommand.of(Channel.BULLETIN, "Tài liệu Thông tin KH&CN số " + no, on, null, null, no, 500));
    }
}
