package vn.gov.khcn.vocabulary;

/**
 * What an area tells the vocabulary register: how many of its records use an entry of a list it reads (0 for a list
 * it does not use). An entry some record uses is retired, never deleted.
 */
public interface VocabularyUse {
    long uses(VocabularyList list, String code);

    /** The use of one list, counted by {@code countSql} with the entry's code as {@code :c}. */
    static VocabularyUse counting(org.springframework.jdbc.core.simple.JdbcClient jdbc, VocabularyList list, String countSql) {
        return (l, code) -> l != list ? 0 : jdbc.sql(countSql).param("c", code).query(Long.class).single();
    }
}
