package org.turath.registry;

import java.util.Map;

/** Live counts for the home page and dashboards. */
public record RegistryStatistics(long total, Map<HeritageStatus, Long> byStatus, Map<HeritageKind, Long> byKind, long statesWithItems) {

    public long withStatus(HeritageStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long ofKind(HeritageKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }

    public long inDanger() {
        return withStatus(HeritageStatus.IN_DANGER);
    }

    public long onTheList() {
        return withStatus(HeritageStatus.INSCRIBED) + withStatus(HeritageStatus.IN_DANGER);
    }
}
