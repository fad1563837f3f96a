package vn.gov.khcn.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgBarsTest {
    @Test
    void aBarForEveryValueGivenAndAScaleOfRoundSteps() {
        String svg = SvgBars.render("Tin <bài> & chuyên mục", List.of("T1", "T2", "T3"),
                List.of(new SvgBars.Series("Năm 2021", Arrays.asList(3L, 17L, null)), new SvgBars.Series("Năm 2020", List.of(1L, 0L, 2L))));
        assertThat(svg.split("<rect", -1)).hasSize(1 + 5);
        assertThat(svg).contains("aria-label=\"Tin &lt;bài&gt; &amp; chuyên mục\"").contains("<title>Năm 2021, T2: 17</title>")
                .contains(">20</text>").doesNotContain("<script");
        assertThat(SvgBars.niceStep(0)).isEqualTo(1);
        assertThat(SvgBars.niceStep(17)).isEqualTo(5);
        assertThat(SvgBars.niceStep(1755)).isEqualTo(500);
        assertThat(SvgBars.niceStep(400)).isEqualTo(100);
    }
}
