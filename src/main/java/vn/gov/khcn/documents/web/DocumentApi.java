package vn.gov.khcn.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentNumber;
import vn.gov.khcn.documents.DocumentQuery;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/documents")
@Tag(name = "Văn bản", description = "Sổ văn bản: số ký hiệu, loại, ngày, cơ quan ban hành, trích yếu")
class DocumentApi extends RecordApi<Document, Document, DocumentCommand, DocumentQuery> {
    private final Documents documents;

    DocumentApi(Documents documents) {
        super(documents::search, documents::get, documents::register, documents::correct);
        this.documents = documents;
    }

    /** One document as a picker lists it. */
    record Choice(long id, String label) {
    }

    /**
     * What a form's document picker lists: the documents matching the words typed (as the list's search, also by type
     * and year) or, to show
     * the ones already chosen, those of the ids given; at most {@value #CHOICES}.
     */
    @GetMapping("/choices")
    @Operation(summary = "Văn bản để chọn: theo số, ký hiệu hoặc các từ của trích yếu (không cần dấu, không cần đúng thứ tự), "
            + "hoặc theo mã")
    List<Choice> choices(DocumentQuery query, @RequestParam(required = false) List<Long> ids) {
        if (ids != null && !ids.isEmpty()) {
            Map<Long, Document> found = documents.byIds(ids.stream().limit(CHOICES).toList());
            return ids.stream().distinct().map(found::get).filter(d -> d != null).map(d -> new Choice(d.id(), d.citation())).toList();
        }
        return documents.search(query, 0, CHOICES).items().stream()
                .map(d -> new Choice(d.id(), d.citation())).toList();
    }

    static final int CHOICES = 20;

    @GetMapping("/parse")
    @Operation(summary = "Phân tích số, ký hiệu văn bản, ví dụ 1161/TTr-SKH&CN")
    DocumentNumber parse(@RequestParam String numberSymbol) {
        return DocumentNumber.parse(numberSymbol);
    }
}
