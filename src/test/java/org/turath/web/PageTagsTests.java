package org.turath.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's tag changes whenever a byte of it does, and only then. */
class PageTagsTests {

    private static String tag(byte[] body, boolean weak) throws IOException {
        return PageTags.of(new ByteArrayInputStream(body), weak);
    }

    @Test
    void theSamePageHasTheSameTagAndEveryOneByteChangeAnother() throws IOException {
        byte[] page = ("<!doctype html><html lang=\"ar\" dir=\"rtl\"><title>مدينة فاس</title>" + "قصبة ".repeat(5_000) + "</html>")
                .getBytes(StandardCharsets.UTF_8);
        String tag = tag(page, true);
        assertThat(tag(page.clone(), true)).isEqualTo(tag);
        assertThat(tag).matches("W/\"[0-9a-f]+-[0-9a-f]+\"");
        assertThat(tag(page, false)).isEqualTo(tag.substring(2));
        Set<String> tags = new HashSet<>(Set.of(tag));
        for (int i = 0; i < page.length; i += 97) {
            byte[] changed = page.clone();
            changed[i] ^= 1;
            assertThat(tags.add(tag(changed, true))).as("byte %d changed", i).isTrue();
        }
        // a status that moved from one place to another, the same bytes in another order
        byte[] moved = page.clone();
        int other = 101;
        while (moved[other] == moved[100]) {
            other++;
        }
        byte first = moved[100];
        moved[100] = moved[other];
        moved[other] = first;
        assertThat(tag(moved, true)).isNotEqualTo(tag);
        assertThat(tag(new byte[0], true)).isEqualTo(tag(new byte[0], true)).isNotEqualTo(tag);
    }
}
