package vn.gov.khcn.documents;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of administrative document, with the abbreviation used in a document's symbol. */
public enum DocumentType {
    DECISION("QĐ", "Quyết định"),
    OFFICIAL_LETTER("CV", "Công văn"),
    SUBMISSION("TTr", "Tờ trình"),
    PLAN("KH", "Kế hoạch"),
    REPORT("BC", "Báo cáo"),
    GUIDANCE("HD", "Hướng dẫn"),
    PROGRAMME("CTr", "Chương trình"),
    RESOLUTION("NQ", "Nghị quyết"),
    NOTICE("TB", "Thông báo"),
    MINUTES("BB", "Biên bản"),
    CONTRACT("HĐ", "Hợp đồng"),
    CERTIFICATE("GCN", "Giấy chứng nhận"),
    DECREE("NĐ", "Nghị định"),
    DIRECTIVE("CT", "Chỉ thị");

    private final String code;
    private final String label;

    DocumentType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The type whose abbreviation this is ("TTr" → SUBMISSION; also "QD" without the stroke). */
    public static Optional<DocumentType> ofCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equalsIgnoreCase(code) || t.code.replace('Đ', 'D').equalsIgnoreCase(code))
                .findFirst();
    }
}
