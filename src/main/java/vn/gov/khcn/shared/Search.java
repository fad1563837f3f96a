package vn.gov.khcn.shared;

/** A register's search: the page {@code page} (from 0) of {@code size} records that {@code query} selects. */
@FunctionalInterface
public interface Search<Q, T> {
    PageResult<T> search(Q query, int page, int size);
}
