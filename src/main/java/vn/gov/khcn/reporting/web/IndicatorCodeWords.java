package vn.gov.khcn.reporting.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorCatalogue;
import vn.gov.khcn.shared.web.CodeWords;

/** An indicator's code ("tasks.accepted") in words: the indicator's name, as the catalogue gives it. */
@Component
class IndicatorCodeWords implements CodeWords {
    private final IndicatorCatalogue catalogue;

    IndicatorCodeWords(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Optional<String> words(String code) {
        return catalogue.find(code).map(Indicator::label);
    }
}
