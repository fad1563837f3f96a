package vn.gov.khcn.technology;

/** The object of an industrial-property registration the department advised on. */
public enum IpObject {
    NHAN_HIEU("Nhãn hiệu"),
    NHAN_HIEU_TAP_THE("Nhãn hiệu tập thể"),
    NHAN_HIEU_CHUNG_NHAN("Nhãn hiệu chứng nhận"),
    CHI_DAN_DIA_LY("Chỉ dẫn địa lý"),
    SANG_CHE("Sáng chế"),
    GIAI_PHAP_HUU_ICH("Giải pháp hữu ích"),
    KIEU_DANG("Kiểu dáng công nghiệp");

    private final String label;

    IpObject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
