package org.turath.registry.internal.imports;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.geo.GeoApi;
import org.turath.geo.RegionInfo;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.registry.HeritageItemChanged;
import org.turath.registry.ImportReport;
import org.turath.registry.ImportReport.Outcome;
import org.turath.registry.ImportReport.RowError;
import org.turath.registry.domain.CriteriaCatalogue;
import org.turath.registry.domain.Criterion;
import org.turath.registry.domain.HeritageItem;
import org.turath.registry.domain.HeritageItems;
import org.turath.registry.domain.ImportRun;
import org.turath.registry.domain.ImportRuns;
import org.turath.registry.domain.ItemContent;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports UNESCO's World Heritage List export (CSV or XLSX) into the registry, keeping the
 * properties located at least partly in a member state, and those UNESCO lists under no ISO state
 * (the Old City of Jerusalem, proposed by Jordan).
 *
 * <p>The whole file is read and checked first; a file with any error is rejected and nothing of
 * it is written. A good file is written in one transaction, in batches, with progress reported:
 * readers never see half an import. Items are matched on UNESCO's {@code id_no}, so importing the
 * same file again changes nothing, and a newer export updates the items and appends to their
 * status history.
 */
@Service
public class HeritageImporter {

    /** Told after each batch: rows done out of rows to write. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> {
        };
    }

    private static final Logger log = LoggerFactory.getLogger(HeritageImporter.class);
    private static final String UNESCO_CRITERIA = "UNESCO";

    private final HeritageItems items;
    private final CriteriaCatalogue criteria;
    private final ImportRuns runs;
    private final GeoApi geo;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final ImportLimits limits;
    private final Clock clock;
    private final AuditLog audit;

    HeritageImporter(HeritageItems items, CriteriaCatalogue criteria, ImportRuns runs, GeoApi geo, ApplicationEventPublisher events,
                     MessageSource messages,
                     EntityManager entityManager, PlatformTransactionManager transactionManager, ImportLimits limits,
                     Optional<Clock> clock, AuditLog audit) {
        this.items = items;
        this.audit = audit;
        this.criteria = criteria;
        this.runs = runs;
        this.geo = geo;
        this.events = events;
        this.messages = messages;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.limits = limits;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public ImportReport importFile(Path file, String sourceName, boolean dryRun, Progress progress) {
        Instant started = clock.instant();
        List<RowError> errors = new ArrayList<>();
        ListFileReader.Contents contents;
        try {
            contents = new ListFileReader(limits).read(file, WhcSiteParser.REQUIRED_COLUMNS);
        } catch (SourceFileException e) {
            errors.add(e.error());
            return finish(new ImportReport(sourceName, "?", dryRun, Outcome.REJECTED, 0, 0, 0, 0, 0, errors,
                    Duration.between(started, clock.instant())), started);
        }
        Map<String, Criterion> unescoCriteria = criteria.findBySetCodeOrderByPosition(UNESCO_CRITERIA).stream()
                .collect(Collectors.toMap(Criterion::code, Function.identity()));
        Set<String> memberStates = geo.memberStateCodes();
        Map<String, String> regionsByEnglishName = geo.regions().stream()
                .collect(Collectors.toMap(region -> region.name(Language.EN), RegionInfo::code));
        WhcSiteParser parser = new WhcSiteParser(knownCountries(contents.rows()),
                name -> Optional.ofNullable(regionsByEnglishName.get(name)), unescoCriteria.keySet(), reasons());

        List<WhcSite> kept = new ArrayList<>();
        Set<Integer> seenIds = new HashSet<>();
        for (SourceRow row : contents.rows()) {
            Optional<WhcSite> site = parser.parse(row, errors);
            if (site.isEmpty()) {
                continue;
            }
            if (!seenIds.add(site.get().idNo())) {
                errors.add(new RowError(row.row(), "id_no", "duplicate-id", List.of(String.valueOf(site.get().idNo()))));
            } else if (site.get().states().isEmpty() || site.get().states().stream().anyMatch(memberStates::contains)) {
                kept.add(site.get());
            }
        }
        String format = contents.format().name();
        int rowsRead = contents.rows().size();
        if (!errors.isEmpty()) {
            return finish(new ImportReport(sourceName, format, dryRun, Outcome.REJECTED, rowsRead, kept.size(), 0, 0, 0, errors,
                    Duration.between(started, clock.instant())), started);
        }
        kept.sort(Comparator.comparingInt(WhcSite::idNo));
        int[] counts = write(sourceName, kept, unescoCriteria, dryRun, progress);
        return finish(new ImportReport(sourceName, format, dryRun, Outcome.IMPORTED, rowsRead, kept.size(), counts[0], counts[1],
                counts[2], List.of(), Duration.between(started, clock.instant())), started);
    }

    /** Writes (or for a dry run, compares) in one transaction; returns created, updated, unchanged. */
    private int[] write(String sourceName, List<WhcSite> sites, Map<String, Criterion> unescoCriteria, boolean dryRun,
                        Progress progress) {
        return transactions.execute(status -> {
            if (dryRun) {
                status.setRollbackOnly();
            }
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            Instant now = clock.instant();
            for (int from = 0; from < sites.size(); from += limits.batchSize()) {
                List<WhcSite> batch = sites.subList(from, Math.min(sites.size(), from + limits.batchSize()));
                Map<Integer, HeritageItem> existing = items.findByUnescoIdNoIn(batch.stream().map(WhcSite::idNo).toList())
                        .stream().collect(Collectors.toMap(HeritageItem::unescoIdNo, Function.identity()));
                List<HeritageItem> written = new ArrayList<>();
                for (WhcSite site : batch) {
                    ItemContent content = content(site, unescoCriteria);
                    HeritageItem item = existing.get(site.idNo());
                    if (item == null) {
                        created++;
                        if (!dryRun) {
                            item = new HeritageItem(nextReference(), content, now);
                            item.recordStatusHistory(site.statusTimeline(), now);
                            written.add(items.save(item));
                        }
                    } else if (dryRun ? item.wouldChange(content, site.statusTimeline())
                            : item.revise(content, now) | item.recordStatusHistory(site.statusTimeline(), now)) {
                        updated++;
                        written.add(item);
                    } else {
                        unchanged++;
                    }
                }
                if (!dryRun) {
                    entityManager.flush();
                    written.forEach(item -> events.publishEvent(new HeritageItemChanged(item.toDetail())));
                    entityManager.flush();
                }
                entityManager.clear();
                progress.update(Math.min(sites.size(), from + limits.batchSize()), sites.size());
            }
            if (!dryRun) {
                audit.record(AuditType.IMPORT, sourceName, "created " + created + ", updated " + updated + ", unchanged " + unchanged);
            }
            return new int[]{created, updated, unchanged};
        });
    }

    private ItemContent content(WhcSite site, Map<String, Criterion> unescoCriteria) {
        Set<Criterion> siteCriteria = site.criteriaCodes().stream().map(unescoCriteria::get).collect(Collectors.toSet());
        return new ItemContent(site.kind(), site.name(), site.description(), site.justification(), site.stateLabel(),
                site.states(), site.regions(), siteCriteria, site.latitude(), site.longitude(), site.areaHectares(),
                site.inscriptionYear(), site.idNo(), site.revBis());
    }

    private String nextReference() {
        return "IWH-%04d".formatted(items.nextReferenceNumber());
    }

    private Set<String> knownCountries(List<SourceRow> rows) {
        Set<String> codes = rows.stream()
                .flatMap(row -> java.util.Arrays.stream(row.get("iso_code").split(",")))
                .map(code -> code.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(code -> !code.isEmpty() && code.length() <= 2)
                .collect(Collectors.toSet());
        return geo.countries(codes).keySet();
    }

    private WhcSiteParser.Reasons reasons() {
        return new WhcSiteParser.Reasons(reason("inscribed"), reason("in-danger"), reason("removed-from-danger"));
    }

    private LocalizedText reason(String key) {
        Function<Language, String> text = language -> messages.getMessage("registry.import.reason." + key, null, language.locale());
        return new LocalizedText(text.apply(Language.AR), text.apply(Language.EN), text.apply(Language.FR));
    }

    private ImportReport finish(ImportReport report, Instant started) {
        if (!report.dryRun()) {
            transactions.executeWithoutResult(status -> runs.save(new ImportRun(report, started, clock.instant())));
        }
        log.info("Import of {} ({}{}): {}, {} rows read, {} kept, {} created, {} updated, {} unchanged, {} errors, {} ms",
                report.sourceName(), report.format(), report.dryRun() ? ", dry run" : "", report.outcome(), report.rowsRead(),
                report.rowsKept(), report.created(), report.updated(), report.unchanged(), report.errors().size(),
                report.duration().toMillis());
        return report;
    }
}
