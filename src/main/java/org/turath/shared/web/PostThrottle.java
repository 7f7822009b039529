package org.turath.shared.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often one address may post one public form (a registration, a survey answer, a question):
 * a token bucket per form and address (Bucket4j). The table is bounded: the least recently seen
 * addresses are forgotten first. It is per node, which is what flood protection needs: a flood
 * hits the node it is sent to.
 */
@Component
public class PostThrottle {

    private static final int REMEMBERED = 20_000;

    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Takes one of {@code allowed} posts per {@code period} for {@code form} from {@code address}; false when none is left. */
    public boolean allow(String form, String address, int allowed, Duration period) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(form + "|" + address, key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(allowed).refillGreedy(allowed, period).build()).build());
        }
        return bucket.tryConsume(1);
    }
}
