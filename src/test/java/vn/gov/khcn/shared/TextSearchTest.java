package vn.gov.khcn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextSearchTest {
    @Test
    void wordsAreFoldedAndEachKeptOnce() {
        assertThat(TextSearch.words("  Trung tâm Y TẾ  huyện Hòa An hoà ")).containsExactly("trung", "tam", "y", "te", "huyen", "hoa", "an");
        assertThat(TextSearch.words(Normalizer.normalize("Đông Khê", Normalizer.Form.NFD))).containsExactly("dong", "khe");
        assertThat(TextSearch.words("   ")).isEmpty();
        assertThat(TextSearch.words(null)).isEmpty();
        assertThat(TextSearch.words("a b c d e f g h i j")).hasSize(TextSearch.MAX_WORDS);
    }

    @Test
    void everyWordMatchesInAnyOrderWithoutDiacritics() {
        String name = "Trung tâm Y tế huyện Hòa An";
        assertThat(TextSearch.matches("y te huyen hoa an", name)).isTrue();
        assertThat(TextSearch.matches("trung tam y te hoa an", name)).isTrue();
        assertThat(TextSearch.matches("hoa an trung tam", name)).isTrue();
        assertThat(TextSearch.matches("HÒA AN", name)).isTrue();
        assertThat(TextSearch.matches("trung tam y te bao lac", name)).isFalse();
        assertThat(TextSearch.matches("", name)).isTrue();
    }

    @Test
    void aWordMayBeInAnyOfTheTexts() {
        assertThat(TextSearch.matches("1161 ke hoach", "1161/TTr-SKH&CN", "Tờ trình phê duyệt kế hoạch")).isTrue();
        assertThat(TextSearch.matches("qd-ubnd phe duyet", "15/QĐ-UBND", "Quyết định phê duyệt")).isTrue();
        assertThat(TextSearch.matches("1162 ke hoach", "1161/TTr-SKH&CN", "Tờ trình phê duyệt kế hoạch")).isFalse();
        assertThat(TextSearch.matches("ke hoach", null, "kế hoạch")).isTrue();
    }

    @Test
    void theSqlConditionAsksEachWordOfSomeColumn() {
        Map<String, Object> params = new HashMap<>();
        String sql = TextSearch.condition("Hòa An", "w", params, "name_folded", "code");
        assertThat(sql).isEqualTo("((name_folded like :w0 or code like :w0) and (name_folded like :w1 or code like :w1))");
        assertThat(params).containsEntry("w0", "%hoa%").containsEntry("w1", "%an%").hasSize(2);
        Map<String, Object> none = new HashMap<>();
        assertThat(TextSearch.condition(" ", "w", none, "name_folded")).isEqualTo("1 = 1");
        assertThat(none).isEmpty();
        assertThat(TextSearch.foldedSymbol("number_symbol")).isEqualTo("lower(replace(replace(number_symbol, 'Đ', 'D'), 'đ', 'd'))");
    }
}
