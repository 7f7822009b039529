package org.turath.registry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.registry.domain.CriteriaCatalogue;
import org.turath.registry.domain.Criterion;
import org.turath.registry.domain.HeritageItem;
import org.turath.registry.domain.HeritageItems;
import org.turath.registry.domain.HeritageListing;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Slice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reading the Islamic World Heritage List: pages of the List, one item, criteria and live counts. */
@Service
@Transactional(readOnly = true)
public class RegistryApi {

    private final HeritageItems items;
    private final CriteriaCatalogue criteria;
    private final org.turath.registry.domain.HeritageMediaFiles media;

    private final org.springframework.beans.factory.ObjectProvider<HeritageSection> sections;

    private final org.springframework.beans.factory.ObjectProvider<org.turath.registry.internal.editing.HeritageEditor> editor;

    RegistryApi(HeritageItems items, CriteriaCatalogue criteria, org.turath.registry.domain.HeritageMediaFiles media,
                org.springframework.beans.factory.ObjectProvider<HeritageSection> sections,
                org.springframework.beans.factory.ObjectProvider<org.turath.registry.internal.editing.HeritageEditor> editor) {
        this.editor = editor;
        this.sections = sections;
        this.items = items;
        this.criteria = criteria;
        this.media = media;
    }

    /**
     * A short text that changes whenever the public page of a published item may change (an edit,
     * a status or stage change, an image); empty when the item is not public. Lets the page answer a
     * repeat visit with 304 without rendering anything.
     */
    public Optional<String> publicStamp(String reference) {
        return items.publicStamp(reference).map(stamp -> {
            StringBuilder whole = new StringBuilder(stamp);
            // the parts other modules draw on the page change it too
            sections.orderedStream().forEach(section -> whole.append('|').append(section.stamp(reference)));
            return whole.toString();
        });
    }

    /**
     * Marks an item a sensitive place on behalf of {@code actor} (a report that says so was published): from then on the
     * public sees its position only roughly, on every page, map, download and harvest. Only the secretariat undoes it.
     */
    @Transactional
    public void markSensitive(org.turath.accounts.Actor actor, String reference) {
        editor.getObject().markSensitive(actor, reference, true, Optional.empty());
    }

    /** The parts other modules draw on an item's page, in their order. */
    public List<HeritageSection> sections() {
        return sections.orderedStream().sorted(java.util.Comparator.comparingInt(HeritageSection::order)).toList();
    }

    /** The images of a published item, in their order. */
    public List<MediaInfo> images(String reference) {
        return media.ofPublished(reference).stream()
                .map(m -> new MediaInfo(m.id(), m.caption(), m.credit(), m.licence(), m.width(), m.height())).toList();
    }

    /** These published items, in the order given (unknown or unpublished references are left out). */
    public List<HeritageSummary> summaries(List<String> references) {
        return references.stream().flatMap(reference -> items.findPublished(reference).stream()).map(RegistryApi::summary).toList();
    }

    /** The first image of each of these items that has one, by reference (items without an image are absent). */
    public java.util.Map<String, UUID> covers(java.util.Collection<String> references) {
        if (references.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, UUID> covers = new java.util.HashMap<>();
        for (Object[] row : media.covers(references)) {
            covers.put((String) row[0], (UUID) row[1]);
        }
        return covers;
    }

    /** One page of the List; an unknown criterion or a malformed cursor is an {@link InvalidRequestException}. */
    public Slice<HeritageSummary> list(HeritageQuery query) {
        Optional<Long> criterionId = query.criterion().map(this::criterionId);
        var filter = new HeritageListing.Filter(query.state().map(s -> s.toUpperCase(java.util.Locale.ROOT)), query.kind(),
                query.status(), criterionId, query.inscriptionYear(), query.inDangerOnly());
        Optional<HeritageListing.After> after = query.cursor().map(cursor -> after(cursor, query.sort()));
        List<HeritageItem> rows = items.page(filter, query.sort(), query.language(), after, query.limit() + 1);
        return Slice.of(rows, query.limit(), last -> cursorAfter(last, query)).map(RegistryApi::summary);
    }

    public Optional<HeritageDetail> find(String reference) {
        return items.findPublished(reference).map(HeritageItem::toDetail);
    }

    /** The published item UNESCO lists under {@code unescoIdNo}, if the List holds it. */
    public Optional<HeritageDetail> findByUnescoId(int unescoIdNo) {
        return items.findByUnescoIdNoIn(List.of(unescoIdNo)).stream().findFirst()
                .flatMap(item -> items.findPublished(item.reference())).map(HeritageItem::toDetail);
    }

    /**
     * The references of the published items UNESCO lists under the numbers in {@code unescoIdNos} (separated by spaces,
     * as a starter file writes them; null for none), in that order; a number the List does not hold is passed over.
     */
    public Set<String> referencesOfUnescoIds(String unescoIdNos) {
        Set<String> references = new java.util.LinkedHashSet<>();
        if (unescoIdNos != null && !unescoIdNos.isBlank()) {
            for (String number : unescoIdNos.strip().split("\\s+")) {
                findByUnescoId(Integer.parseInt(number)).map(HeritageDetail::reference).ifPresent(references::add);
            }
        }
        return references;
    }

    /**
     * Every published item in full, a page at a time in reference order: for consumers that keep their own
     * copy (the search index) and must rebuild it.
     */
    public Slice<HeritageDetail> details(Optional<String> afterReference, int limit) {
        List<HeritageItem> rows = items.findByPublicationAndReferenceGreaterThanOrderByReference(PublicationState.PUBLISHED,
                afterReference.orElse(""), org.springframework.data.domain.Limit.of(limit + 1));
        return Slice.of(rows, limit, HeritageItem::reference).map(HeritageItem::toDetail);
    }

    public long count() {
        return items.countByPublication(PublicationState.PUBLISHED);
    }

    /** Where an item is, as {latitude, longitude}; empty when it does not exist or has no location. */
    public Optional<double[]> coordinates(String reference) {
        return items.findPublished(reference).filter(item -> item.latitude() != null && item.longitude() != null)
                .map(item -> new double[]{PublicPosition.of(item.latitude(), item.sensitive()),
                        PublicPosition.of(item.longitude(), item.sensitive())});
    }

    public List<CriterionInfo> criteria(String setCode) {
        return criteria.findBySetCodeOrderByPosition(setCode).stream().map(RegistryApi::info).toList();
    }

    public RegistryStatistics statistics() {
        Map<HeritageStatus, Long> byStatus = new EnumMap<>(HeritageStatus.class);
        items.countByStatus().forEach(count -> byStatus.put(count.getStatus(), count.getItems()));
        Map<HeritageKind, Long> byKind = new EnumMap<>(HeritageKind.class);
        items.countByKind().forEach(count -> byKind.put(count.getKind(), count.getItems()));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new RegistryStatistics(total, byStatus, byKind, items.countStatesWithItems());
    }

    /** The List in figures: items per state (and how many of them in danger), per decade of inscription and kind. */
    public ListFigures figures() {
        Map<String, long[]> byState = new java.util.TreeMap<>();
        for (var count : items.countByStateAndStatus()) {
            long[] figures = byState.computeIfAbsent(count.getState(), state -> new long[2]);
            figures[0] += count.getItems();
            if (count.getStatus() == HeritageStatus.IN_DANGER) {
                figures[1] += count.getItems();
            }
        }
        java.util.SortedMap<Integer, Map<HeritageKind, Long>> byDecade = new java.util.TreeMap<>();
        for (var count : items.countByYearAndKind()) {
            byDecade.computeIfAbsent(count.getYear() / 10 * 10, decade -> new EnumMap<>(HeritageKind.class))
                    .merge(count.getKind(), count.getItems(), Long::sum);
        }
        List<ListFigures.State> states = byState.entrySet().stream()
                .map(entry -> new ListFigures.State(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .sorted(java.util.Comparator.comparingLong(ListFigures.State::items).reversed()
                        .thenComparing(ListFigures.State::iso2))
                .toList();
        return new ListFigures(statistics(), states, byDecade);
    }

    private Long criterionId(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new InvalidRequestException("criterion");
        }
        return criteria.findBySetCodeAndCode(key.substring(0, colon), key.substring(colon + 1))
                .map(Criterion::id)
                .orElseThrow(() -> new InvalidRequestException("criterion"));
    }

    private static HeritageListing.After after(String encoded, HeritageSort sort) {
        KeysetCursor cursor = KeysetCursor.decode(encoded, 3);
        if (!cursor.value(0).equals(sort.name())) {
            throw new InvalidRequestException("cursor");
        }
        String value = cursor.value(1);
        boolean valid = switch (sort) {
            case NAME -> value.matches("[0-9a-f]*");
            case YEAR -> value.matches("\\d{1,4}");
        };
        if (!valid) {
            throw new InvalidRequestException("cursor");
        }
        try {
            return new HeritageListing.After(value, UUID.fromString(cursor.value(2)));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor");
        }
    }

    private static String cursorAfter(HeritageItem last, HeritageQuery query) {
        return KeysetCursor.of(query.sort().name(), HeritageListing.sortValue(last, query.sort(), query.language()),
                last.id().toString()).encode();
    }

    private static HeritageSummary summary(HeritageItem item) {
        return new HeritageSummary(item.reference(), item.name(), item.kind(), item.status(), item.states(), item.stateLabel(),
                item.inscriptionYear(), PublicPosition.of(item.latitude(), item.sensitive()),
                PublicPosition.of(item.longitude(), item.sensitive()));
    }

    private static CriterionInfo info(Criterion criterion) {
        return criterion.toInfo();
    }
}
