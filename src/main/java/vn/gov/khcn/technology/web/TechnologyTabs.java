package vn.gov.khcn.technology.web;

import java.util.List;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.web.SimplePages.Link;

/** What the technology pages share: the tabs of Phòng QLCN&SHTT's registers, and how they cite a document. */
final class TechnologyTabs {
    static final List<Link> TABS = List.of(new Link("/technology/appraisals", "Ý kiến về công nghệ"),
            new Link("/technology/support-cases", "Hỗ trợ đăng ký SHCN"), new Link("/technology/marks", "Nhãn hiệu, chỉ dẫn địa lý"),
            new Link("/technology/rounds", "Sáng kiến"), new Link("/technology/proposals", "Đề xuất Chương trình SHTT"),
            new Link("/technology/plans", "Kế hoạch ĐMST, khởi nghiệp"));

    private TechnologyTabs() {
    }

    /** The document's citation for a list cell (empty when there is none). */
    static String cite(Documents documents, Long documentId) {
        return documentId == null ? "" : documents.find(documentId).map(d -> d.citation()).orElse("");
    }

    /** A link to the document a record cites, for its page. */
    static List<Link> documentLinks(Documents documents, Long documentId) {
        return documentId == null ? List.of()
                : documents.find(documentId).map(d -> List.of(new Link("/documents/" + d.id(), d.citation()))).orElse(List.of());
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
