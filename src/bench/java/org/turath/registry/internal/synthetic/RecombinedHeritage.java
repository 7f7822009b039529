package org.turath.registry.internal.synthetic;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.registry.SyntheticHeritage;
import org.turath.registry.domain.HeritageItem;
import org.turath.registry.domain.HeritageItems;
import org.turath.registry.domain.ItemContent;
import org.turath.registry.domain.StatusEntry;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/** {@link SyntheticHeritage} by recombining the real items already in the registry. */
@Service
class RecombinedHeritage implements SyntheticHeritage {

    private static final Logger log = LoggerFactory.getLogger(RecombinedHeritage.class);
    private static final int BATCH = 500;
    private static final double JITTER_DEGREES = 0.25;

    /** What is taken from one real item. */
    private record Source(ItemContent content, List<StatusEntry> timeline) {
    }

    private final HeritageItems items;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    RecombinedHeritage(HeritageItems items, EntityManager entityManager,
                       PlatformTransactionManager transactionManager) {
        this.items = items;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
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
            transactions.executeWithoutResult(status -> {
                Instant now = clock.instant();
                for (int i = 0; i < batch; i++) {
                    Source a = pick(sources, random);
                    Source b = pick(sources, random);
                    Source shape = pick(sources, random);
                    Source place = pick(sources, random);
                    HeritageItem item = new HeritageItem("IWH-%04d".formatted(items.nextReferenceNumber()),
                            recombine(a.content(), b.content(), shape.content(), place.content(), random), now);
                    item.recordStatusHistory(shape.timeline(), now);
                    entityManager.persist(item);
                }
                entityManager.flush();
                entityManager.clear();
            });
            made += batch;
            progress.accept(made);
            if (made % 10_000 == 0) {
                log.info("Synthetic heritage: {} of {}", made, count);
            }
        }
        return made;
    }

    private List<Source> realItems() {
        return transactions.execute(status -> {
            List<Source> sources = new ArrayList<>();
            for (HeritageItem item : items.findByUnescoIdNoIsNotNull()) {
                {
                    sources.add(new Source(item.content(), item.toDetail().statusHistory().stream()
                            .map(h -> new StatusEntry(h.status(), h.effectiveDate(), h.yearOnly(), h.reason(), h.decisionRef()))
                            .toList()));
                }
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
