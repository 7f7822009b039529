package org.turath.throttling;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often one address may do one thing (post a registration, a survey answer, a question, try
 * to sign in): a token bucket per action and address (Bucket4j). The table is bounded: the least
 * recently seen keys are forgotten first. It is per node, which is what flood protection needs: a
 * flood hits the node it is sent to.
 */
@Component
public class Throttle {

    private static final int REMEMBERED = 20_000;

    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Takes one of {@code allowed} uses per {@code period} of {@code action} by {@code address}; false when none is left. */
    public boolean allow(String action, String address, int allowed, Duration period) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(action + "|" + allowed + "|" + period + "|" + address, key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(allowed).refillGreedy(allowed, period).build()).build());
        }
        return bucket.tryConsume(1);
    }
}
