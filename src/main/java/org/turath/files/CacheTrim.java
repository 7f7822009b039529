package org.turath.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.time.Duration;

/**
 * Keeps a node's copy of the bucket within {@code turath.storage.cache-max-size} (files kept in S3 only; every node
 * trims its own directory, so no lock): every ten minutes the copies used longest ago go, down to 80 % of the limit.
 */
@Component
class CacheTrim {

    private static final Logger log = LoggerFactory.getLogger(CacheTrim.class);
    /** A copy written or read this recently stays: an upload or an image's tiles may still be on their way up. */
    private static final Duration IN_USE = Duration.ofHours(1);

    private final FileStore store;
    private final long maxBytes;

    CacheTrim(FileStore store, @Value("${turath.storage.cache-max-size:20GB}") DataSize maxSize) {
        this.store = store;
        this.maxBytes = maxSize.toBytes();
    }

    @Scheduled(fixedDelayString = "${turath.storage.cache-trim-interval:PT10M}", initialDelayString = "PT2M")
    void trim() {
        try {
            long freed = store.trimCache(maxBytes, IN_USE);
            if (freed > 0) {
                log.info("File cache trimmed: {} MB of copies used longest ago deleted (they stay in the bucket)", freed >> 20);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("File cache not trimmed: {}", e.toString());
        }
    }
}
