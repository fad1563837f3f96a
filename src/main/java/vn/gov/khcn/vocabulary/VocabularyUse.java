package vn.gov.khcn.vocabulary;

/**
 * What an area tells the vocabulary register: how many of its records use an entry of a list it reads (0 for a list
 * it does not use). An entry some record uses is retired, never deleted.
 */
public interface VocabularyUse {
    long uses(VocabularyList list, String code);
}
