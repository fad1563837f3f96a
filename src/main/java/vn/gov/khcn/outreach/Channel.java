package vn.gov.khcn.outreach;

/** Where an outreach item appeared. */
public enum Channel {
    NEWS_POST("Tin, bài trên trang thông tin điện tử"),
    BROADCAST("Chuyên mục phát thanh, truyền hình"),
    BULLETIN("Tài liệu thông tin KH&CN (bản in)");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
