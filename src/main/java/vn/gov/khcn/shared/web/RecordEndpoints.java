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
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The endpoints every register's API has besides its list, written once: a record read by id as {@code V} (with its
 * version as ETag), added from its command {@code C}, and corrected with the version it was read at (in the body or
 * as If-Match); {@code T} is the record. {@link RecordApi} and {@link RecordListApi} add the list.
 */
public abstract class RecordEndpoints<T, V, C> {
    private final LongFunction<V> get;
    private final Function<C, T> add;
    private final BiFunction<Long, C, T> correct;

    protected RecordEndpoints(LongFunction<V> get, Function<C, T> add, BiFunction<Long, C, T> correct) {
        this.get = get;
        this.add = add;
        this.correct = correct;
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
