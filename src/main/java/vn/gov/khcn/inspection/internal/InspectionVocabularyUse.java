package vn.gov.khcn.inspection.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.vocabulary.VocabularyList;
import vn.gov.khcn.vocabulary.VocabularyUse;

/** The inspection register's use of the inspection-field and inspection-kind vocabularies. */
@Configuration
class InspectionVocabularyUse {
    @Bean
    VocabularyUse inspectionFieldUse(JdbcClient jdbc) {
        return VocabularyUse.counting(jdbc, VocabularyList.INSPECTION_FIELD, "select count(*) from inspection where field = :c");
    }

    @Bean
    VocabularyUse inspectionKindUse(JdbcClient jdbc) {
        return VocabularyUse.counting(jdbc, VocabularyList.INSPECTION_KIND, "select count(*) from inspection where kind = :c");
    }
}
