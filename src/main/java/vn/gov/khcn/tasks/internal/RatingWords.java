package vn.gov.khcn.tasks.internal;

import java.util.List;
import vn.gov.khcn.tasks.Rating;
import vn.gov.khcn.tasks.Tasks;

/**
 * The acceptance ratings as the history sheets read and write them: the one place they take the rating vocabulary
 * from (today {@link Tasks#ratings()}, the table task_rating), so that moving the vocabulary changes only this class.
 */
final class RatingWords {
    private final List<Rating> ratings;
    private final Words<String> words;

    RatingWords(Tasks tasks) {
        this.ratings = tasks.ratings();
        this.words = new Words<>(ratings.stream().map(Rating::label).toList());
        ratings.forEach(r -> words.add(r.code(), r.label(), r.code()));
    }

    /** The code of the rating a clerk wrote (its label or code), or null when not recognised. */
    String code(String word) {
        return words.find(word);
    }

    String accepted() {
        return words.accepted();
    }

    /** The label a clerk sees for a rating's code (the code itself if it is no longer in the vocabulary). */
    String label(String code) {
        return code == null ? null : ratings.stream().filter(r -> r.code().equals(code)).map(Rating::label).findFirst().orElse(code);
    }
}
