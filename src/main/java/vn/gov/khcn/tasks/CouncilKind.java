package vn.gov.khcn.tasks;

import com.fasterxml.jackson.annotation.JsonCreator;
import vn.gov.khcn.shared.Code;

/**
 * A council of a task's life: a code of the vocabulary {@code vocabulary.VocabularyList.COUNCIL_KIND}, which a department extends
 * ("Hội đồng tư vấn xác định nhiệm vụ" is seeded). The constants are the codes the code relies on by name (the demo data, the template's selection and acceptance councils); labels, and every other entry, come
 * from the vocabulary.
 */
public record CouncilKind(String code) implements Code {
    public static final CouncilKind SELECTION = new CouncilKind("SELECTION");
    public static final CouncilKind ADVISORY = new CouncilKind("ADVISORY");
    public static final CouncilKind ACCEPTANCE = new CouncilKind("ACCEPTANCE");

    public CouncilKind {
        code = Code.checked(code, "CouncilKind");
    }

    /** The entry of a code as JSON, a form, a column or a query parameter sends it (Spring and Jackson convert through it). */
    @JsonCreator
    public static CouncilKind valueOf(String code) {
        return Code.of(code, CouncilKind::new);
    }

    @Override
    public String toString() {
        return code;
    }
}
