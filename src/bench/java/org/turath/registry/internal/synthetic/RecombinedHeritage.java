package org.turath.registry.internal.synthetic;

import jakarta.persistence.EntityManager;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.registry.HeritageStatus;
import org.turath.registry.SyntheticHeritage;
import org.turath.registry.domain.Criterion;
import org.turath.registry.domain.HeritageItem;
import org.turath.registry.domain.HeritageItems;
import org.turath.registry.domain.ItemContent;
import org.turath.registry.domain.StatusEntry;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.shared.LocalizedText;
import org.turath.shared.NameCollator;
import org.turath.shared.RichText;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * {@link SyntheticHeritage} by recombining the real items already in the registry, written with PostgreSQL's COPY in
 * batches of {@value #BATCH}: the references of a batch come from one call to the sequence, the rows of each table go
 * in one COPY, so a million items take minutes. The rows are what the registry itself would write for such an item
 * (sort keys, current status, status history), without the audit history an editor's change leaves.
 */
@Service
class RecombinedHeritage implements SyntheticHeritage {

    private static final Logger log = LoggerFactory.getLogger(RecombinedHeritage.class);
    private static final int BATCH = 5_000;
    private static final double JITTER_DEGREES = 0.25;
    private static final String ITEM_COLUMNS = "id, reference, kind, status, name_ar, name_en, name_fr, description_ar, description_en,"
            + " description_fr, state_label_ar, state_label_en, state_label_fr, latitude, longitude, area_hectares, inscription_year,"
            + " sort_key_ar, sort_key_en, sort_key_fr, created_at, updated_at, version, publication";

    /** What is taken from one real item. */
    private record Source(ItemContent content, HeritageStatus status, List<StatusEntry> timeline, List<Long> criteria) {
    }

    private final HeritageItems items;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    RecombinedHeritage(HeritageItems items, EntityManager entityManager, PlatformTransactionManager transactionManager,
                       DataSource dataSource, JdbcTemplate jdbc) {
        this.items = items;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public int generate(int count, long seed, IntConsumer progress) {
        List<Source> sources = realItems();
        if (sources.isEmpty()) {
            throw new IllegalStateException("No real items to recombine: import the UNESCO data first");
        }
        Random random = new Random(seed);
        int made = 0;
        while (made < count) {
            int batch = Math.min(BATCH, count - made);
            List<Long> numbers = jdbc.queryForList("select nextval('heritage_reference_seq') from generate_series(1, ?)", Long.class, batch);
            Rows rows = new Rows();
            Instant now = Instant.now();
            for (long number : numbers) {
                Source shape = pick(sources, random);
                Source place = pick(sources, random);
                ItemContent content = recombine(pick(sources, random).content(), pick(sources, random).content(), shape.content(),
                        place.content(), random);
                rows.add(new UUID(random.nextLong(), random.nextLong()), "IWH-%04d".formatted(number), content, shape, now);
            }
            copy(rows);
            made += batch;
            progress.accept(made);
            if (made % 50_000 < BATCH) {
                log.info("Synthetic heritage: {} of {}", made, count);
            }
        }
        // the planner's statistics for what was just loaded (a database without autovacuum would plan every later
        // query on the registry as if the tables were empty)
        jdbc.execute("analyze heritage_item, heritage_item_state, heritage_item_region, heritage_item_criterion, heritage_status_change");
        return made;
    }

    /** The CSV of each table for one batch. */
    private static final class Rows {
        final StringBuilder items = new StringBuilder();
        final StringBuilder states = new StringBuilder();
        final StringBuilder regions = new StringBuilder();
        final StringBuilder criteria = new StringBuilder();
        final StringBuilder history = new StringBuilder();

        void add(UUID id, String reference, ItemContent content, Source shape, Instant now) {
            LocalizedText description = content.description().markup();
            LocalizedText label = content.stateLabel() == null ? new LocalizedText(null, null, null) : content.stateLabel();
            line(items, id, reference, content.kind().name(), shape.status().name(), content.name().getAr(), content.name().getEn(),
                    content.name().getFr(), description.getAr(), description.getEn(), description.getFr(), label.getAr(), label.getEn(),
                    label.getFr(), content.latitude(), content.longitude(), content.areaHectares(), content.inscriptionYear(),
                    sortKey(content.name(), Language.AR), sortKey(content.name(), Language.EN), sortKey(content.name(), Language.FR),
                    now, now, 0, "PUBLISHED");
            for (int position = 0; position < content.states().size(); position++) {
                line(states, id, position, content.states().get(position));
            }
            for (String region : content.regions()) {
                line(regions, id, region);
            }
            for (Long criterion : shape.criteria()) {
                line(criteria, id, criterion);
            }
            int order = 0;
            for (StatusEntry entry : shape.timeline()) {
                LocalizedText reason = entry.reason() == null ? new LocalizedText(null, null, null) : entry.reason();
                line(history, new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits() + 1 + order), id, entry.status().name(),
                        entry.effectiveDate(), entry.yearOnly(), reason.getAr(), reason.getEn(), reason.getFr(), entry.decisionRef(),
                        now.plusMillis(order));
                order++;
            }
        }

        private static String sortKey(LocalizedText name, Language language) {
            return NameCollator.sortKey(name.resolve(language).map(Localized::text).orElse(""), language);
        }

        private static void line(StringBuilder csv, Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = values[i];
                if (value instanceof String text) {
                    csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (value != null) {
                    csv.append(value instanceof LocalDate || value instanceof Instant ? value.toString() : String.valueOf(value));
                }
            }
            csv.append('\n');
        }
    }

    private void copy(Rows rows) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("copy heritage_item (" + ITEM_COLUMNS + ") from stdin (format csv)", new StringReader(rows.items.toString()));
                copy.copyIn("copy heritage_item_state (item_id, position, iso2) from stdin (format csv)", new StringReader(rows.states.toString()));
                copy.copyIn("copy heritage_item_region (item_id, region_code) from stdin (format csv)", new StringReader(rows.regions.toString()));
                copy.copyIn("copy heritage_item_criterion (item_id, criterion_id) from stdin (format csv)",
                        new StringReader(rows.criteria.toString()));
                copy.copyIn("copy heritage_status_change (id, item_id, status, effective_date, year_only, reason_ar, reason_en, reason_fr,"
                        + " decision_ref, recorded_at) from stdin (format csv)", new StringReader(rows.history.toString()));
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Synthetic items could not be written", e);
        }
    }

    private List<Source> realItems() {
        return transactions.execute(status -> {
            List<Source> sources = new ArrayList<>();
            for (HeritageItem item : items.findByUnescoIdNoIsNotNull()) {
                List<StatusEntry> timeline = item.toDetail().statusHistory().stream()
                        .map(h -> new StatusEntry(h.status(), h.effectiveDate(), h.yearOnly(), h.reason(), h.decisionRef()))
                        .sorted(Comparator.comparing(StatusEntry::effectiveDate))
                        .toList();
                sources.add(new Source(item.content(), item.status(), timeline, item.criteria().stream().map(Criterion::id).toList()));
            }
            entityManager.clear();
            return sources;
        });
    }

    private static ItemContent recombine(ItemContent a, ItemContent b, ItemContent shape, ItemContent place, Random random) {
        LocalizedText name = new LocalizedText(join(a.name(), b.name(), Language.AR), join(a.name(), b.name(), Language.EN),
                join(a.name(), b.name(), Language.FR));
        RichText description = new RichText(paragraphs(a.description().markup(), b.description().markup(), Language.AR),
                paragraphs(a.description().markup(), b.description().markup(), Language.EN),
                paragraphs(a.description().markup(), b.description().markup(), Language.FR));
        Double latitude = place.latitude() == null ? null
                : clamp(place.latitude() + random.nextGaussian() * JITTER_DEGREES, 90);
        Double longitude = place.longitude() == null ? null
                : clamp(place.longitude() + random.nextGaussian() * JITTER_DEGREES, 180);
        Integer year = shape.inscriptionYear();
        return new ItemContent(shape.kind(), name, description, RichText.empty(), place.stateLabel(), place.states(),
                place.regions(), shape.criteria(), latitude, longitude, shape.areaHectares(), year, null, null);
    }

    /** The first half of one name's words and the second half of another's, in one language. */
    private static String join(LocalizedText first, LocalizedText second, Language language) {
        String x = first.in(language).orElse(null);
        String y = second.in(language).orElse(null);
        if (x == null || y == null) {
            return x == null ? y : x;
        }
        String[] xs = x.split(" ");
        String[] ys = y.split(" ");
        String head = String.join(" ", Arrays.copyOfRange(xs, 0, Math.max(1, (xs.length + 1) / 2)));
        String tail = String.join(" ", Arrays.copyOfRange(ys, ys.length / 2, ys.length));
        return head + " " + tail;
    }

    private static String paragraphs(LocalizedText first, LocalizedText second, Language language) {
        String x = first.in(language).orElse(null);
        String y = second.in(language).orElse(null);
        return x == null ? y : y == null ? x : x + y;
    }

    private static double clamp(double value, double bound) {
        return Math.max(-bound, Math.min(bound, value));
    }

    private static Source pick(List<Source> sources, Random random) {
        return sources.get(random.nextInt(sources.size()));
    }
}
