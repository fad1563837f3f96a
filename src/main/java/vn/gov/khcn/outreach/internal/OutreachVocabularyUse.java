package vn.gov.khcn.outreach.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.vocabulary.VocabularyList;
import vn.gov.khcn.vocabulary.VocabularyUse;

/** The outreach register's use of the outreach-channel vocabulary. */
@Configuration
class OutreachVocabularyUse {
    @Bean
    VocabularyUse outreachChannelUse(JdbcClient jdbc) {
        return VocabularyUse.counting(jdbc, VocabularyList.OUTREACH_CHANNEL, "select count(*) from outreach_item where channel = :c");
    }
}
