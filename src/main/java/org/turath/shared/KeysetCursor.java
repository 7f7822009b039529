package org.turath.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

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
}
