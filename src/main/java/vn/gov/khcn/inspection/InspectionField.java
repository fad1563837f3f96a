package vn.gov.khcn.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import vn.gov.khcn.shared.Code;

/**
 * The field of a specialised inspection: a code of the vocabulary {@code vocabulary.VocabularyList.INSPECTION_FIELD}, which a department extends
 * ("Viễn thông", "Giao dịch điện tử"). The constants are the codes the code relies on by name (the demo data); labels, and every other entry, come
 * from the vocabulary.
 */
public record InspectionField(String code) implements Code {
    public static final InspectionField MEASUREMENT = new InspectionField("MEASUREMENT");
    public static final InspectionField QUALITY = new InspectionField("QUALITY");
    public static final InspectionField RADIATION = new InspectionField("RADIATION");
    public static final InspectionField IP = new InspectionField("IP");
    public static final InspectionField OTHER = new InspectionField("OTHER");

    public InspectionField {
        code = Code.checked(code, "InspectionField");
    }

    /** The entry of a code as JSON, a form, a column or a query parameter sends it (Spring and Jackson convert through it). */
    @JsonCreator
    public static InspectionField valueOf(String code) {
        return Code.of(code, InspectionField::new);
    }

    @Override
    public String toString() {
        return code;
    }
}
