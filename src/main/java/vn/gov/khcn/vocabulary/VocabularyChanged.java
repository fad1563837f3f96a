package vn.gov.khcn.vocabulary;

/** Published when an entry of {@code list} is added, changed or deleted: an area that keeps a list in memory reads it again. */
public record VocabularyChanged(VocabularyList list) {
}
