package org.turath.opendata.oai;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Resumption tokens that are keyset cursors: a token says where the last page ended ({@code seq} of its last
 * record) and how many records came before (the {@code cursor} attribute), with the request's format, set and
 * dates. Page 1,000 costs what page 1 does, and a token stays valid across restarts and on every node: it holds
 * everything and refers to nothing kept in memory.
 * <p>
 * XOAI carries a token's position as one number, its "offset", and moves it on by the number of records of a
 * page. Both halves of our position travel in it: the last {@code seq} in the high bits, the count of records
 * returned so far in the low {@value #COUNT_BITS} bits, so XOAI's "offset + records on this page" is exactly the
 * next count (see {@link #position}).
 */
class KeysetTokens implements ResumptionTokenFormat {

    static final int COUNT_BITS = 32;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    private static final String VERSION = "k1";

    /** XOAI's offset for a list that continues after {@code seq}, {@code count} records having been returned. */
    static long position(long seq, long count) {
        return (seq << COUNT_BITS) | count;
    }

    static long seqOf(long position) {
        return position >>> COUNT_BITS;
    }

    static long countOf(long position) {
        return position & COUNT_MASK;
    }

    @Override
    public ResumptionTokenFormat withGranularity(Granularity granularity) {
        return this;
    }

    @Override
    public String format(ResumptionToken.Value value) {
        String plain = String.join("|", VERSION,
                text(value.getMetadataPrefix()), text(value.getSetSpec()),
                value.hasFrom() ? Long.toString(value.getFrom().getEpochSecond()) : "",
                value.hasUntil() ? Long.toString(value.getUntil().getEpochSecond()) : "",
                Long.toString(seqOf(value.getOffset())), Long.toString(countOf(value.getOffset())));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ResumptionToken.Value parse(String token) throws BadResumptionTokenException {
        if (token == null || token.isBlank() || token.length() > 400) {
            throw new BadResumptionTokenException("The resumption token is not one this repository gave");
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 7 || !VERSION.equals(parts[0]) || parts[1].isEmpty()) {
                throw new BadResumptionTokenException("The resumption token is not one this repository gave");
            }
            long seq = Long.parseLong(parts[5]);
            long count = Long.parseLong(parts[6]);
            if (seq < 0 || count < 0 || count > COUNT_MASK || seq > (Long.MAX_VALUE >>> COUNT_BITS)) {
                throw new BadResumptionTokenException("The resumption token is not one this repository gave");
            }
            ResumptionToken.ValueBuilder builder = new ResumptionToken.ValueBuilder()
                    .withMetadataPrefix(parts[1])
                    .withOffset(position(seq, count));
            if (!parts[2].isEmpty()) {
                builder.withSetSpec(parts[2]);
            }
            if (!parts[3].isEmpty()) {
                builder.withFrom(Instant.ofEpochSecond(Long.parseLong(parts[3])));
            }
            if (!parts[4].isEmpty()) {
                builder.withUntil(Instant.ofEpochSecond(Long.parseLong(parts[4])));
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new BadResumptionTokenException("The resumption token is not one this repository gave", e);
        }
    }

    private static String text(String value) {
        if (value != null && value.indexOf('|') >= 0) {
            throw new IllegalArgumentException("A token part may not hold '|'");
        }
        return value == null ? "" : value;
    }
}
