package vn.gov.khcn.metrology.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.vocabulary.VocabularyList;
import vn.gov.khcn.vocabulary.VocabularyUse;

/** The verification register's use of the instrument-type vocabulary. */
@Component
class MetrologyVocabularyUse implements VocabularyUse {
    private final JdbcClient jdbc;

    MetrologyVocabularyUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long uses(VocabularyList list, String code) {
        return list != VocabularyList.INSTRUMENT_TYPE ? 0
                : jdbc.sql("select count(*) from verification where type_code = :c").param("c", code).query(Long.class).single();
    }
}
