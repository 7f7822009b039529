package org.turath.shared;

import java.util.List;
import java.util.Optional;

/** One page of a keyset-paged list: its rows and, when more follow, the cursor of the next page. */
public record Slice<T>(List<T> items, Optional<String> nextCursor) {

    public Slice {
        items = List.copyOf(items);
    }
}
