package vn.gov.khcn.reporting;

import java.util.List;

/** The department's report settings: cut-off day, names for the header, the signer, the opening paragraph, default recipients. */
public record DepartmentSettings(int cutOffDay, String province, String parentBody, String department, String site,
                                 String signerName, String signerTitle, String legalBasis, String recipients, int version) {

    /** The recipients, one a line, without the "- " and ";" that the document adds. */
    public List<String> recipientList() {
        return recipients == null ? List.of() : recipients.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
