package vn.gov.khcn.shared;

import java.util.List;

/** One page of a list, with the total count for the pager. Pages are numbered from 0. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public static int clampSize(Integer size) {
        return size == null || size < 1 ? 20 : Math.min(size, 200);
    }
}
