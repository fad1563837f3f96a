package vn.gov.khcn.exchange.spi;

import java.util.List;

/**
 * A vocabulary kept as data behind a choice column: its entries as they are when a template is drawn or a file is
 * imported (read once per import). A cell may give an entry's label as a clerk sees it ("Khá", "Cấp bộ") or its code
 * ("GOOD"), in any case and with or without diacritics; the row then holds the entry's code.
 */
@FunctionalInterface
public interface ChoiceSource {
    /** The entries a new row may choose, in the order the list shows them. */
    List<Choice> current();

    /** One entry: its code (what the register stores) and its label. */
    record Choice(String code, String label) {
    }
}
