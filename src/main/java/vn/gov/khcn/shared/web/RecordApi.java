package vn.gov.khcn.shared.web;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Search;

/**
 * A register over HTTP, the same for every register with one list: its list searched by its query {@code Q}, a record
 * read by id as {@code V} (with its version as ETag), added from its command {@code C}, and corrected with the
 * version it was read at (in the body or as If-Match); {@code T} is the record. A register's API names its path and
 * tag, passes its façade's verbs, and adds the endpoints only it has.
 */
public abstract class RecordApi<T, V, C, Q> {
    private final Search<Q, T> search;
    private final LongFunction<V> get;
    private final Function<C, T> add;
    private final BiFunction<Long, C, T> correct;

    protected RecordApi(Search<Q, T> search, LongFunction<V> get, Function<C, T> add, BiFunction<Long, C, T> correct) {
        this.search = search;
        this.get = get;
        this.add = add;
        this.correct = correct;
    }

    @GetMapping
    public PageResult<T> search(Q query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return search.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    public V get(@PathVariable long id) {
        return get.apply(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public T create(@RequestBody C c) {
        return add.apply(c);
    }

    @PutMapping("/{id}")
    public T update(@PathVariable long id, @RequestBody C c) {
        return correct.apply(id, c);
    }
}
