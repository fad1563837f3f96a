package vn.gov.khcn.exchange.spi;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Search;

/** Exports of small registers: their list page's search read in pages of 500 until the last. */
public final class PagedExport {
    public static final int SIZE = 500;

    private PagedExport() {
    }

    /** Every record {@code query} selects, written to {@code sink} as the row {@code row} makes of it. */
    public static <Q, T> void rows(Search<Q, T> search, Q query, Consumer<Object[]> sink, Function<T, ExportRow> row) {
        each(n -> search.search(query, n, SIZE), t -> sink.accept(row.apply(t).values()));
    }

    /** Every item of the search {@code page} (given a page number, returns that page of {@link #SIZE}), in order. */
    public static <T> void each(IntFunction<PageResult<T>> page, Consumer<T> each) {
        for (int n = 0; ; n++) {
            PageResult<T> r = page.apply(n);
            r.items().forEach(each);
            if (!r.hasNext()) {
                return;
            }
        }
    }
}
