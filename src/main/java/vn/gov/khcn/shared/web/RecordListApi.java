package vn.gov.khcn.shared.web;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * As {@link RecordApi}, for a small register listed whole (a year's surveys, the ISO checks of a plan year): its list
 * selected by its query {@code Q}, and the {@link RecordEndpoints} (read by id as {@code V}, add from {@code C},
 * correct).
 */
public abstract class RecordListApi<T, V, C, Q> extends RecordEndpoints<T, V, C> {
    private final Function<Q, List<T>> search;

    protected RecordListApi(Function<Q, List<T>> search, LongFunction<V> get, Function<C, T> add, BiFunction<Long, C, T> correct) {
        super(get, add, correct);
        this.search = search;
    }

    @GetMapping
    public List<T> search(Q query) {
        return search.apply(query);
    }
}
