package vn.gov.khcn.inspection.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.vocabulary.VocabularyList;
import vn.gov.khcn.vocabulary.VocabularyUse;

/** The inspection register's use of the inspection-field vocabulary. */
@Configuration
class InspectionVocabularyUse {
    @Bean
    VocabularyUse inspectionFieldUse(JdbcClient jdbc) {
        return VocabularyUse.counting(jdbc, VocabularyList.INSPECTION_FIELD, "select count(*) from inspection where field = :c");
    }
}
