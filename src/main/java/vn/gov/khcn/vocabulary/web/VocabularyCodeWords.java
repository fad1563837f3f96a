package vn.gov.khcn.vocabulary.web;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.khcn.shared.web.CodeWords;
import vn.gov.khcn.vocabulary.Vocabularies;

/** A vocabulary entry's code ("MEASUREMENT", "PROVINCIAL") in words: its label, from whichever list has the code. */
@Component
class VocabularyCodeWords implements CodeWords {
    private final Vocabularies vocabularies;

    VocabularyCodeWords(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @Override
    public Optional<String> words(String code) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]+")) {
            return Optional.empty();
        }
        return Arrays.stream(vn.gov.khcn.vocabulary.VocabularyList.values()).map(l -> vocabularies.find(l, code)).flatMap(Optional::stream)
                .map(e -> e.label()).findFirst();
    }
}
