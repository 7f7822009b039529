package org.turath.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An opaque position in a list ordered by some key and then by id: the values of the last row
 * seen. Lists page with these, never with offsets, so page 1,000 costs what page 1 does.
 */
public record KeysetCursor(List<String> values) {

    private static final String VERSION = "1";
    private static final char SEPARATOR = '\u001f';
    private static final int MAX_ENCODED_LENGTH = 4096;

    public KeysetCursor {
        values = List.copyOf(values);
        for (String value : values) {
            if (value.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("cursor value holds the separator");
            }
        }
    }

    public static KeysetCursor of(String... values) {
        return new KeysetCursor(Arrays.asList(values));
    }

    public String encode() {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor that must hold {@code expectedValues} values. */
    public static KeysetCursor decode(String encoded, int expectedValues) {
        if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH) {
            throw new InvalidRequestException("cursor");
        }
        String joined;
        try {
            joined = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor");
        }
        List<String> parts = Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
        if (parts.size() != expectedValues + 1 || !VERSION.equals(parts.get(0))) {
            throw new InvalidRequestException("cursor");
        }
        return new KeysetCursor(parts.subList(1, parts.size()));
    }

    public String value(int index) {
        return values.get(index);
    }

    /**
     * A position in a list ordered by a time, then by id — the shape of most of the portal's lists.
     * {@link #END} lies after every row (where a newest-first list starts), {@link #START} before
     * every row (where an oldest-first list starts).
     */
    public record At(Instant time, UUID id) {

        public static final At END = new At(Instant.parse("9999-12-31T00:00:00Z"), new UUID(-1L, -1L));
        public static final At START = new At(Instant.EPOCH, new UUID(0L, 0L));

        /** The position {@code cursor} holds, or {@code first} when there is none. */
        public static At of(Optional<String> cursor, At first) {
            if (cursor.isEmpty()) {
                return first;
            }
            KeysetCursor decoded = decode(cursor.get(), 2);
            return new At(Instant.parse(decoded.value(0)), UUID.fromString(decoded.value(1)));
        }

        public String encode() {
            return KeysetCursor.of(time.toString(), id.toString()).encode();
        }
    }

    /** A position in a list ordered by a day, then by id (sessions by their first day, entries by when listed). */
    public record On(java.time.LocalDate day, UUID id) {

        /** Past every real position: the start of a list read latest first. */
        public static final On END = new On(java.time.LocalDate.of(9999, 12, 31), new UUID(-1L, -1L));

        /** The position {@code cursor} holds, or {@code first} when there is none. */
        public static On of(Optional<String> cursor, On first) {
            if (cursor.isEmpty()) {
                return first;
            }
            KeysetCursor decoded = decode(cursor.get(), 2);
            try {
                return new On(java.time.LocalDate.parse(decoded.value(0)), UUID.fromString(decoded.value(1)));
            } catch (java.time.DateTimeException | IllegalArgumentException e) {
                throw new InvalidRequestException("cursor");
            }
        }

        public String encode() {
            return KeysetCursor.of(day.toString(), id.toString()).encode();
        }
    }

    /** A position in a list in alphabetical order: the collation key of the last name shown ({@link NameCollator}, hex), then its id. */
    public record Named(String sortKey, UUID id) {

        /** The position {@code cursor} holds; a cursor we did not make is an invalid request. */
        public static Optional<Named> of(Optional<String> cursor) {
            return cursor.map(text -> {
                KeysetCursor decoded = decode(text, 2);
                if (!decoded.value(0).matches("[0-9a-f]{0,1000}")) {
                    throw new InvalidRequestException("cursor");
                }
                try {
                    return new Named(decoded.value(0), EntityId.parse(decoded.value(1)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("cursor");
                }
            });
        }

        public static String encode(String sortKey, UUID id) {
            return KeysetCursor.of(sortKey, id.toString()).encode();
        }
    }
}
