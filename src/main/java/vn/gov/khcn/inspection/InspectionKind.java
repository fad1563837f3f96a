package vn.gov.khcn.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import vn.gov.khcn.shared.Code;

/**
 * The field of a specialised inspection: a code of the vocabulary {@code vocabulary.VocabularyList.INSPECTION_FIELD}, which a department extends
 * ("Viễn thông", "Giao dịch điện tử"). The constants are the codes the code relies on by name (the demo data); labels, and every other entry, come
 * from the vocabulary.
 */
public record InspectionKind(String code) implements Code {
    public static final InspectionKind INSPECTION = new InspectionKind("INSPECTION");
    public static final InspectionKind CHECK = new InspectionKind("CHECK");

    public InspectionKind {
        code = Code.checked(code, "InspectionKind");
    }

    /** The entry of a code as JSON, a form, a column or a query parameter sends it (Spring and Jackson convert through it). */
    @JsonCreator
    public static InspectionKind valueOf(String code) {
        return Code.of(code, InspectionKind::new);
    }

    @Override
    public String toString() {
        return code;
    }
}
