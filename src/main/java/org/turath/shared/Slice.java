package org.turath.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a keyset-paged list: its rows and, when more follow, the cursor of the next page. */
public record Slice<T>(List<T> items, Optional<String> nextCursor) {

    public Slice {
        items = List.copyOf(items);
    }

    /**
     * The page of {@code fetched}, a query's rows read with one more than {@code limit} to learn
     * whether more follow; the next page starts after the cursor of the page's last row.
     */
    public static <T> Slice<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        boolean more = fetched.size() > limit;
        List<T> page = more ? fetched.subList(0, limit) : fetched;
        return new Slice<>(page, more ? Optional.of(cursorOf.apply(page.get(page.size() - 1))) : Optional.empty());
    }

    /** The same page, each row shown as {@code view} makes it. */
    public <R> Slice<R> map(Function<T, R> view) {
        return new Slice<>(items.stream().map(view).toList(), nextCursor);
    }
}
