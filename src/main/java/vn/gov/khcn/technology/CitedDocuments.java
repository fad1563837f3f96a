package vn.gov.khcn.technology;

import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.DomainException;

/** The documents the technology records cite by id: each must be in the document register. */
final class CitedDocuments {
    private CitedDocuments() {
    }

    /** {@code id} when it is empty or names a document of the register; otherwise a Vietnamese error for {@code field}. */
    static Long check(Documents documents, String field, Long id) {
        if (id != null && documents.find(id).isEmpty()) {
            throw new DomainException(field, "Không có văn bản mã " + id + " trong sổ văn bản.");
        }
        return id;
    }
}
