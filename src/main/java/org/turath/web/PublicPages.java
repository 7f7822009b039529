package org.turath.web;

import java.time.Instant;
import java.util.List;

/**
 * The public pages of one kind a module serves in every language (heritage items, news, trainings…), for search
 * engines' sitemaps: listed a part at a time in a stable order, never whole. A module declares one bean per kind;
 * the open-data module draws the sitemaps from all of them.
 */
public interface PublicPages {

    /** The kind's name, which names its sitemap: lower-case letters and hyphens, e.g. {@code heritage}. */
    String kind();

    /** At most {@code limit} pages whose key comes after {@code afterKey} ({@code ""}: from the start), in key order. */
    List<Page> after(String afterKey, int limit);

    /** The module's pages that are not one record each (its lists, its calendar), as paths without the language. */
    default List<String> landings() {
        return List.of();
    }

    /** How a kind lists its pages: at most {@code limit} after {@code afterKey}, in key order. */
    @FunctionalInterface
    interface Listing {
        List<Page> after(String afterKey, int limit);
    }

    /** A kind whose records {@code listing} gives, with the module's fixed pages (paths without the language). */
    static PublicPages of(String kind, Listing listing, String... landingPaths) {
        List<String> landings = List.of(landingPaths);
        return new PublicPages() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public List<Page> after(String afterKey, int limit) {
                return listing.after(afterKey, limit);
            }

            @Override
            public List<String> landings() {
                return landings;
            }
        };
    }

    /**
     * A kind whose records are the published rows of {@code table} (columns {@code reference}, {@code updated_at} and
     * {@code published}), each at {@code pathPrefix + "/" + reference}, in the order of their references.
     */
    static PublicPages publishedByReference(String kind, org.springframework.jdbc.core.simple.JdbcClient jdbc, String table,
                                            String pathPrefix, String... landingPaths) {
        return rows(kind, jdbc, table, Key.REFERENCE, "published = true", pathPrefix, landingPaths);
    }

    /** What a kind's rows are keyed and ordered by: their reference, or their id (a UUID). */
    enum Key {
        REFERENCE, ID
    }

    /**
     * A kind whose records are the rows of {@code table} (with the column {@code updated_at}) that meet {@code condition},
     * each at {@code pathPrefix + "/" + key}, in the order of their keys. The condition is the module's own SQL, never
     * a visitor's; it may compare with {@code :now}.
     */
    static PublicPages rows(String kind, org.springframework.jdbc.core.simple.JdbcClient jdbc, String table, Key key,
                            String condition, String pathPrefix, String... landingPaths) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        String column = key.name().toLowerCase(java.util.Locale.ROOT);
        String sql = "select " + column + ", updated_at from " + table + " where (" + condition + ") and " + column
                + " > :after order by " + column + " limit :limit";
        return of(kind, (after, limit) -> {
            String afterKey = after == null ? "" : after;
            java.util.Optional<?> position = key == Key.ID ? uuidAfter(afterKey) : java.util.Optional.of(afterKey);
            return position.map(from -> jdbc.sql(sql).param("after", from).param("limit", limit)
                            .param("now", java.sql.Timestamp.from(Instant.now()))
                            .query((rs, n) -> new Page(rs.getString(1), pathPrefix + "/" + rs.getString(1),
                                    rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                            .list())
                    .orElse(List.of());
        }, landingPaths);
    }

    /** A kind with no records of its own, only fixed public pages (paths without the language). */
    static PublicPages landingsOnly(String kind, String... paths) {
        return of(kind, (afterKey, limit) -> List.of(), paths);
    }

    /**
     * The position after a key that is a UUID (pages ordered by id): the nil UUID for the start, empty when the key
     * is not a UUID (nothing comes after it).
     */
    static java.util.Optional<java.util.UUID> uuidAfter(String afterKey) {
        if (afterKey.isEmpty()) {
            return java.util.Optional.of(new java.util.UUID(0, 0));
        }
        try {
            return java.util.Optional.of(java.util.UUID.fromString(afterKey));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * One page: its key in the kind's order, its path without the language ({@code /heritage/IWH-0042}), and when
     * what it shows last changed (null when unknown).
     */
    record Page(String key, String path, Instant changed) {
    }
}
