package vn.gov.khcn.tasks.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.vocabulary.VocabularyList;
import vn.gov.khcn.vocabulary.VocabularyUse;

/** The task register's use of the vocabularies: tasks by level, acceptance events (corrected ones too) by rating. */
@Component
class TaskVocabularyUse implements VocabularyUse {
    private final JdbcClient jdbc;

    TaskVocabularyUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long uses(VocabularyList list, String code) {
        String sql = switch (list) {
            case TASK_LEVEL -> "select count(*) from task where level = :c";
            case TASK_RATING -> "select count(*) from task_event where rating = :c";
            case COUNCIL_KIND -> "select count(*) from task_council where kind = :c";
            default -> null;
        };
        return sql == null ? 0 : jdbc.sql(sql).param("c", code).query(Long.class).single();
    }
}
