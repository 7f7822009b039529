package org.turath.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.turath.registry.HeritageSummary;
import org.turath.registry.RegistryApi;
import org.turath.risk.RiskReportId;
import org.turath.risk.domain.ReportContent;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.Vocabularies;
import org.turath.risk.internal.RiskDesk;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Published condition reports as JSON, with their codes (the vocabularies' labels are at {@code /api/v1/reports/vocabularies}). */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = "application/json")
@Tag(name = "Heritage at risk", description = "Published condition and damage reports")
class ReportsApi {

    private final RiskDesk desk;
    private final Vocabularies vocabularies;
    private final RegistryApi registry;

    ReportsApi(RiskDesk desk, Vocabularies vocabularies, RegistryApi registry) {
        this.desk = desk;
        this.vocabularies = vocabularies;
        this.registry = registry;
    }

    /** A page of reports; {@code next} is the cursor of the following page, null on the last. */
    record Page(List<Report> items, String next) {
    }

    /**
     * A published report. {@code location} is the item's position, rounded to a tenth of a degree when the report marks
     * the place as sensitive ({@code coarsened} true).
     */
    record Report(String id, String item, Integer component, String state, LocalDate assessedOn, LocalDate imageryOn,
                  String assessment, String condition, String extent, List<ReportContent.Cause> causes, Set<String> effects,
                  List<ReportContent.Threat> threats, String priority, Map<String, String> summary, Map<String, String> action,
                  List<String> sources, boolean demonstration, int vocabularyVersion, Instant publishedAt, Instant updatedAt,
                  Location location) {
    }

    record Location(double latitude, double longitude, boolean coarsened) {
    }

    /** A term of a vocabulary with its labels. */
    record TermResource(String vocabulary, String code, String parent, Map<String, String> label, int addedIn, Integer retiredIn) {
    }

    @GetMapping
    @Operation(summary = "List published reports",
            description = "Latest assessment first, keyset-paged: follow `next` until it is null. Malformed filters answer 400.")
    Page list(@Parameter(description = "ISO 3166-1 alpha-2 code of a state") String state,
              @Parameter(description = "reference of a heritage item, e.g. IWH-0042") String item,
              @Parameter(description = "condition code: good, fair, poor, very-bad, destroyed") String condition,
              @Parameter(description = "priority code: immediate, 6-12-months, 1-2-years, 2-5-years") String priority,
              @Parameter(description = "UNESCO factor, primary (9) or secondary (9.4)") String factor,
              @Parameter(description = "assessed on or after (YYYY-MM-DD)") String from,
              @Parameter(description = "assessed on or before (YYYY-MM-DD)") String until,
              @Parameter(description = "cursor from the previous page's `next`") String cursor,
              @Parameter(description = "page size, 1 to 100 (default 50)") String limit) {
        var filter = new RiskParameters(state, item, condition, priority, factor, from, until, cursor).filter(vocabularies);
        int size = limit == null ? 50 : RequestParameters.intBetween(limit, 1, 100, "limit");
        Slice<RiskReport> page;
        try {
            page = desk.published(filter, RequestParameters.present(cursor), size);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        Map<String, HeritageSummary> items = registry.summaries(page.items().stream().map(RiskReport::itemReference).distinct().toList())
                .stream().collect(Collectors.toMap(HeritageSummary::reference, Function.identity()));
        return new Page(page.items().stream().filter(r -> items.containsKey(r.itemReference()))
                .map(r -> resource(r, items.get(r.itemReference()))).toList(), page.nextCursor().orElse(null));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published report")
    Report one(@PathVariable RiskReportId id) {
        RiskReport report = desk.publicReport(id);
        HeritageSummary item = registry.summaries(List.of(report.itemReference())).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("report"));
        return resource(report, item);
    }

    @GetMapping("/vocabularies")
    @Operation(summary = "The vocabularies reports are coded on, with their labels in Arabic, English and French")
    List<TermResource> vocabularies() {
        return java.util.Arrays.stream(org.turath.risk.Vocabulary.values())
                .flatMap(vocabulary -> vocabularies.current(vocabulary).stream())
                .map(term -> new TermResource(term.vocabulary().code(), term.code(), term.parent(), texts(term.label()),
                        term.addedIn(), term.retiredIn()))
                .toList();
    }

    private static Report resource(RiskReport r, HeritageSummary item) {
        Location location = null;
        if (item.latitude() != null && item.longitude() != null) {
            location = r.sensitive()
                    ? new Location(RiskViews.coarse(item.latitude()), RiskViews.coarse(item.longitude()), true)
                    : new Location(item.latitude(), item.longitude(), false);
        }
        return new Report(r.id().toString(), r.itemReference(), r.componentPosition(), r.state(), r.assessedOn(), r.imageryOn(),
                r.assessment(), r.condition(), r.extent(), r.causes(), r.effects(), r.threats(), r.priority(), texts(r.summary()),
                texts(r.action()), r.sourceLines(), r.demonstration(), r.vocabularyVersion(), r.publishedAt(), r.updatedAt(), location);
    }

    private static Map<String, String> texts(org.turath.shared.LocalizedText text) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (org.turath.shared.Language language : org.turath.shared.Language.values()) {
            text.in(language).ifPresent(value -> texts.put(language.tag(), value));
        }
        return texts;
    }
}
