package vn.gov.khcn.centre.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.GeneSources;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.ModelWorkCommand;
import vn.gov.khcn.centre.ModelWorks;
import vn.gov.khcn.centre.ProductCommand;
import vn.gov.khcn.centre.ProductionLots;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.centre.Sales;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.centre.Trainings;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * The application centre's records: tea and turmeric lots and sales (2021: 8.079 hộp produced, 6.102
 * sold; 870 lọ produced, 530 sold), two trainings, 17 gene sources kept, model work.
 */
@org.springframework.core.annotation.Order(300)
@Component
record CentreDemoData(Products products, ProductionLots lots, Sales sales, Trainings trainings, GeneSources geneSources, ModelWorks modelWorks) implements DemoDataContributor {
    static final String TEA = "Trà giảo cổ lam";
    static final String TURMERIC = "Sản phẩm nghệ (nghệ đen, nghệ vàng, tinh bột nghệ)";
    private static final String AGENT = "Đại lý nông sản Hợp Giang, TP Cao Bằng (demo)";

    @Override
    public void load() {
        long tea = products.record(ProductCommand.of(TEA, "hộp")).id();
        long turmeric = products.record(ProductCommand.of(TURMERIC, "lọ")).id();
        lot(tea, 500, LocalDate.of(2020, 11, 20));
        sale(tea, 300, LocalDate.of(2020, 12, 10), AGENT);
        lot(tea, 1200, LocalDate.of(2021, 1, 15));
        sale(tea, 900, LocalDate.of(2021, 2, 1), AGENT);
        lot(tea, 1500, LocalDate.of(2021, 3, 10));
        lot(turmeric, 300, LocalDate.of(2021, 3, 15));
        sale(tea, 1000, LocalDate.of(2021, 3, 25), "Đại lý Sông Bằng, TP Cao Bằng (demo)");
        sale(turmeric, 150, LocalDate.of(2021, 4, 10), AGENT);
        lot(tea, 1350, LocalDate.of(2021, 4, 20));
        sale(tea, 1100, LocalDate.of(2021, 5, 10), "Cửa hàng đặc sản Phục Hòa (demo)");
        lot(tea, 1600, LocalDate.of(2021, 6, 5));
        lot(turmeric, 320, LocalDate.of(2021, 6, 20));
        sale(tea, 1200, LocalDate.of(2021, 6, 30), AGENT);
        sale(turmeric, 200, LocalDate.of(2021, 7, 10), "Cửa hàng đặc sản Phục Hòa (demo)");
        lot(tea, 1229, LocalDate.of(2021, 7, 15));
        sale(tea, 1002, LocalDate.of(2021, 8, 5), "Đại lý Sông Bằng, TP Cao Bằng (demo)");
        lot(tea, 1200, LocalDate.of(2021, 8, 25));
        lot(turmeric, 250, LocalDate.of(2021, 8, 30));
        sale(turmeric, 180, LocalDate.of(2021, 9, 5), AGENT);
        sale(tea, 900, LocalDate.of(2021, 9, 8), AGENT);

        trainings.hold(TrainingCommand.of("Hướng dẫn kỹ thuật bảo quản quýt bằng màng sinh học", "xã Lê Lai", "Thạch An",
                LocalDate.of(2021, 1, 12), 32));
        trainings.hold(TrainingCommand.of("Hướng dẫn kỹ thuật bảo quản quýt bằng màng sinh học", "xã Hồng Việt", "Hòa An",
                LocalDate.of(2021, 1, 14), 35));

        String[][] genes = {
                {"Dẻ Trùng Khánh", "2015-04-10"}, {"Lê Đông Khê", "2015-04-10"}, {"Quýt Trà Lĩnh", "2015-06-02"},
                {"Mận Tam hoa Bảo Lạc", "2016-03-15"}, {"Chè Thị Ngân", "2016-03-15"}, {"Hà thủ ô đỏ", "2016-09-20"},
                {"Lúa nếp Hương", "2017-05-08"}, {"Lúa nếp Ong", "2017-05-08"}, {"Lan kim tuyến", "2017-10-12"},
                {"Giảo cổ lam", "2018-03-01"}, {"Nghệ đen", "2018-03-01"}, {"Nghệ vàng", "2018-03-01"},
                {"Gừng gió", "2018-09-14"}, {"Nấm hương", "2019-02-20"}, {"Trúc sào", "2019-04-05"},
                {"Khoai môn Bảo Lạc", "2019-10-18"}, {"Hồng không hạt Nguyên Bình", "2020-03-09"}};
        for (String[] g : genes) {
            geneSources.keep(GeneSourceCommand.of(g[0], LocalDate.parse(g[1]), null));
        }
        geneSources.keep(GeneSourceCommand.of("Cam sành Hà Quảng", LocalDate.of(2016, 5, 4), LocalDate.of(2020, 6, 30)));

        model("Ứng dụng công nghệ nuôi cấy mô tế bào sản xuất cây keo giống (kinh phí Dự án CSSP tỉnh Cao Bằng)", "Trung tâm Ứng dụng tiến bộ KH&CN",
                LocalDate.of(2021, 4, 1), "Sản xuất cây keo giống bằng nuôi cấy mô tế bào cung cấp cho Dự án CSSP.");
        model("Ứng dụng chế phẩm nano trong xử lý hạt giống ngô", "huyện Trùng Khánh", LocalDate.of(2021, 5, 15),
                "Triển khai ứng dụng chế phẩm nano xử lý hạt giống ngô trước khi gieo trồng.");
        model("Sản xuất giống nấm sò, nấm hương, nấm rơm cung cấp cho người dân sản xuất nấm thương phẩm", "Trung tâm Ứng dụng tiến bộ KH&CN",
                LocalDate.of(2021, 3, 1), "Sản xuất giống nấm; sản xuất nấm Linh Chi thương phẩm.");
        model("Nuôi cấy mô lan kim tuyến", "Trung tâm Ứng dụng tiến bộ KH&CN", LocalDate.of(2021, 2, 20), null);
    }

    private void lot(long product, long qty, LocalDate on) {
        lots.produce(LotCommand.of(product, qty, on, null));
    }

    private void sale(long product, long qty, LocalDate on, String buyer) {
        sales.sell(SaleCommand.of(product, qty, on, buyer));
    }

    private void model(String title, String place, LocalDate on, String description) {
        modelWorks.record(ModelWorkCommand.of(title, place, on, description));
    }
}
