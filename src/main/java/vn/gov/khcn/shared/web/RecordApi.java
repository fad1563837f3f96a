package vn.gov.khcn.shared.web;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Search;

/**
 * A register over HTTP, the same for every register with one list: its list searched by its query {@code Q} a page
 * at a time, and the {@link RecordEndpoints} (read by id as {@code V}, add from {@code C}, correct). A register's API
 * names its path and tag, passes its façade's verbs, and adds the endpoints only it has.
 */
public abstract class RecordApi<T, V, C, Q> extends RecordEndpoints<T, V, C> {
    private final Search<Q, T> search;

    protected RecordApi(Search<Q, T> search, LongFunction<V> get, Function<C, T> add, BiFunction<Long, C, T> correct) {
        super(get, add, correct);
        this.search = search;
    }

    @GetMapping
    public PageResult<T> search(Q query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return search.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }
}
