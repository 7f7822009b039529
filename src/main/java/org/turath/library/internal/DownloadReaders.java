package org.turath.library.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who fetched which publication lately, so that a download is counted once per reader and file a day: a reader
 * who opens a PDF again, a viewer that fetches it in pieces, or a script that repeats a GET does not inflate the
 * count. A reader is their address and browser, kept only as a hash, in memory, for the last {@value #MAX_READERS}
 * reader–file pairs (each node counts its own readers).
 */
@Component
class DownloadReaders {

    private static final int MAX_READERS = 100_000;
    private static final Duration WINDOW = Duration.ofDays(1);

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Long> seen = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_READERS;
        }
    };

    /** Whether this is {@code reader}'s first fetch of {@code publication} within a day (and remembers it). */
    synchronized boolean first(String reader, UUID publication) {
        String key = Integer.toHexString(reader.hashCode()) + ":" + publication;
        long now = clock.millis();
        Long before = seen.get(key);
        if (before != null && now - before < WINDOW.toMillis()) {
            return false;
        }
        seen.put(key, now);
        return true;
    }
}
