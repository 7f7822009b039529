package org.turath.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.registry.RegistryApi;
import org.turath.registry.SyntheticHeritage;
import org.turath.search.SearchApi;
import org.turath.search.SearchIndex;
import org.turath.search.SearchQuery;
import org.turath.search.SearchResult;
import org.turath.search.SearchSort;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bench-search --items=100000 [--objects=100000] --output=target/bench/search.json}: fills the registry with
 * synthetic items up to the given number (after the real ones), rebuilds and times the index,
 * times a node reading the whole search change log from its start (the feed), then runs a fixed mix of searches
 * (Arabic, French, English, misspelt, faceted, geographic, deep
 * pages) and writes p50/p95/p99 and the indexing rate. Run it against its own database.
 */
@Component
@Order(40)
class SearchBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchBenchmark.class);
    private static final int WARMUP = 5;
    private static final int ROUNDS = 40;
    private static final int PAGE = 20;
    private static final int DEEP_PAGE = 1000;

    private record Case(String category, String label, SearchQuery query) {
    }

    private final RegistryApi registry;
    private final SyntheticHeritage synthetic;
    private final SearchIndex index;
    private final SyntheticObjects syntheticObjects;
    private final SearchApi search;
    private final JsonMapper json;
    private final ApplicationContext context;
    private final SearchFeed feed;
    private final SearchIndexStartup startup;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    SearchBenchmark(RegistryApi registry, SyntheticHeritage synthetic, SearchIndex index, SearchApi search, JsonMapper json,
                    ApplicationContext context, SyntheticObjects syntheticObjects, SearchFeed feed, SearchIndexStartup startup,
                    org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.startup = startup;
        this.syntheticObjects = syntheticObjects;
        this.registry = registry;
        this.synthetic = synthetic;
        this.index = index;
        this.search = search;
        this.json = json;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.getNonOptionArgs().contains("bench-search")) {
            return;
        }
        int target = Integer.parseInt(option(args, "items", "100000"));
        Path output = Path.of(option(args, "output", "target/bench/search.json"));

        long existing = registry.count();
        long generationStart = System.nanoTime();
        if (existing < target) {
            log.info("Generating {} synthetic items", target - existing);
            synthetic.generate((int) (target - existing), 42, done -> { });
        }
        int objects = Integer.parseInt(option(args, "objects", "0"));
        long objectDocuments = index.documentCount() - index.heritageDocumentCount();
        if (objects > objectDocuments) {
            log.info("Writing {} synthetic objects' search documents", objects - objectDocuments);
            syntheticObjects.generate(objects, 43);
        }
        double generationSeconds = (System.nanoTime() - generationStart) / 1e9;
        SearchIndex.Rebuild rebuild;
        boolean keepIndex = !Boolean.parseBoolean(option(args, "reindex", "true"));
        if (keepIndex && index.heritageDocumentCount() == registry.count() && index.indexedCount() == index.documentCount()) {
            // --reindex=false: the index an earlier run built is complete; only the searches are measured
            rebuild = new SearchIndex.Rebuild(0, index.indexedCount(), Duration.ZERO, Duration.ZERO);
        } else if (index.heritageDocumentCount() == registry.count()) {
            // the documents are there (a second run on the same database, another backend): only the index is built
            long started = System.nanoTime();
            long indexed = index.reindex();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            rebuild = new SearchIndex.Rebuild(0, indexed, Duration.ZERO, took);
        } else {
            rebuild = index.rebuildAll();
        }
        // as a rebuild on start or by `reindex` does: the portal started on this index later finds it current
        startup.writeMarker();

        // the change log read from its start, as a new node or one back from a long stop would: every entry the
        // generation and the rebuild wrote, applied to this node's index in the feed's batches, durably
        long logEntries = feed.latest();
        long fed = 0;
        double feedSeconds = 0;
        if (Boolean.parseBoolean(option(args, "replay-log", "true"))) {
            feed.indexedThrough(0);
            long feedStart = System.nanoTime();
            for (int read = feed.catchUp(); read > 0; read = feed.catchUp()) {
                fed += read;
            }
            feedSeconds = (System.nanoTime() - feedStart) / 1e9;
        }

        List<Case> cases = cases();
        Map<String, List<Double>> byCategory = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        Map<String, Object> perCase = new LinkedHashMap<>();
        for (Case benchCase : cases) {
            for (int i = 0; i < WARMUP; i++) {
                search.search(benchCase.query());
            }
            List<Double> times = new ArrayList<>();
            long hits = 0;
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                hits = search.search(benchCase.query()).total();
                times.add((System.nanoTime() - start) / 1e6);
            }
            all.addAll(times);
            byCategory.computeIfAbsent(benchCase.category(), c -> new ArrayList<>()).addAll(times);
            perCase.put(benchCase.category() + ": " + benchCase.label(), Map.of("hits", hits, "latencyMs", percentiles(times)));
        }

        // deep paging: the 1,000th (--deep-page) page of the whole List in Arabic alphabetical order against the first
        int deepPage = Integer.parseInt(option(args, "deep-page", String.valueOf(DEEP_PAGE)));
        SearchQuery byName = new SearchQuery(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                false, Optional.empty(), Optional.empty(), Optional.of(SearchSort.NAME), Language.AR, Optional.empty(), PAGE);
        Optional<String> cursor;
        if (index.documentCount() == index.heritageDocumentCount()) {
            // every document is a heritage item, whose Arabic sort key the registry keeps: the cursor of the page is
            // that of its previous page's last item (walking there would draw every page, facets and all, before it)
            cursor = Optional.of(new KeysetCursor(List.of(SearchSort.NAME.name(), jdbc.queryForObject(
                    "select sort_key_ar from heritage_item where publication = 'PUBLISHED' order by sort_key_ar, id offset ? limit 1",
                    String.class, (deepPage - 1) * PAGE - 1))).encode());
        } else {
            cursor = Optional.empty();
            for (int page = 1; page < deepPage; page++) {
                cursor = search.search(cursor.map(byName::withCursor).orElse(byName)).nextCursor();
            }
        }
        SearchQuery deep = byName.withCursor(cursor.orElseThrow());
        if (search.search(deep).hits().isEmpty()) {
            throw new IllegalStateException("Page " + deepPage + " of the List is empty: too few items for it");
        }
        List<Double> first = time(byName);
        List<Double> thousandth = time(deep);
        all.addAll(first);
        all.addAll(thousandth);
        byCategory.computeIfAbsent("deep cursor pages", c -> new ArrayList<>()).addAll(thousandth);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "maxHeapMb", Runtime.getRuntime().maxMemory() / 1024 / 1024,
                "java", System.getProperty("java.version"), "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "jvm", ManagementFactory.getRuntimeMXBean().getVmName()));
        report.put("items", registry.count());
        report.put("objects", index.documentCount() - index.heritageDocumentCount());
        report.put("generationSeconds", round(generationSeconds));
        report.put("indexing", Map.of("documents", rebuild.indexed(), "documentsRebuildSeconds", round(rebuild.documentsTime().toMillis() / 1000.0),
                "massIndexingSeconds", round(rebuild.indexingTime().toMillis() / 1000.0), "itemsPerSecond", round(rebuild.indexedPerSecond())));
        if (fed > 0) {
            report.put("feed", Map.of("logEntries", logEntries, "entriesRead", fed, "seconds", round(feedSeconds),
                    "entriesPerSecond", round(fed / Math.max(feedSeconds, 1e-9))));
        }
        report.put("queries", Map.of("count", all.size(), "latencyMs", percentiles(all)));
        Map<String, Object> categories = new LinkedHashMap<>();
        byCategory.forEach((category, times) -> categories.put(category, percentiles(times)));
        report.put("byCategory", categories);
        report.put("deepPaging", Map.of("page", deepPage, "pageSize", PAGE, "page1Ms", percentiles(first),
                "deepPageMs", percentiles(thousandth),
                "ratioP50", round(percentile(thousandth, 50) / percentile(first, 50))));
        report.put("cases", perCase);
        Files.createDirectories(output.toAbsolutePath().getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), report);
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private List<Double> time(SearchQuery query) {
        for (int i = 0; i < WARMUP; i++) {
            search.search(query);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            SearchResult ignored = search.search(query);
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String text : List.of("مدينة", "القدس", "المسجد الكبير", "قلعة")) {
            cases.add(new Case("arabic", text, text(text, Language.AR)));
        }
        for (String text : List.of("médina", "parc national", "ville ancienne", "mosquée")) {
            cases.add(new Case("french", text, text(text, Language.FR)));
        }
        for (String text : List.of("mosque", "national park", "old town", "archaeological site")) {
            cases.add(new Case("english", text, text(text, Language.EN)));
        }
        for (String text : List.of("Persepolsi", "Bamyian", "Timbuctu", "Samarkant")) {
            cases.add(new Case("misspelt", text, text(text, Language.EN)));
        }
        // museums' objects (with --objects): their words, in each language, and the type facet
        for (String text : List.of("إبريق برونز", "بسم الله الرحمن الرحيم", "astrolabe", "lustreware bowl", "aiguière")) {
            cases.add(new Case("objects", text, text(text, text.chars().anyMatch(c -> c >= 0x600 && c <= 0x6FF) ? Language.AR
                    : text.equals("aiguière") ? Language.FR : Language.EN)));
        }
        cases.add(new Case("objects", "type=OBJECT q=ewer", new SearchQuery(Optional.of("ewer"), Set.of("OBJECT"), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), false, Optional.empty(), Optional.empty(), Optional.empty(), Language.EN,
                Optional.empty(), PAGE)));
        cases.add(new Case("facets", "kind=NATURAL", filtered(Set.of("NATURAL"), Set.of(), false)));
        cases.add(new Case("facets", "state=MA kind=TANGIBLE_CULTURAL", filtered(Set.of("TANGIBLE_CULTURAL"), Set.of("MA"), false)));
        cases.add(new Case("facets", "in danger", filtered(Set.of(), Set.of(), true)));
        cases.add(new Case("facets", "q=medina state=MA,TN,DZ", new SearchQuery(Optional.of("medina"), Set.of(), Set.of(), Set.of(),
                Set.of("MA", "TN", "DZ"), Set.of(), Set.of(), Set.of(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Language.FR, Optional.empty(), PAGE)));
        cases.add(new Case("geo", "box Maghreb", new SearchQuery(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), false, Optional.of(new SearchQuery.Box(27, -13, 37.5, 12)), Optional.empty(), Optional.empty(),
                Language.AR, Optional.empty(), PAGE)));
        cases.add(new Case("geo", "within 200 km of Fez", new SearchQuery(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), false, Optional.empty(), Optional.of(new SearchQuery.Circle(34.06, -4.98, 200)),
                Optional.empty(), Language.EN, Optional.empty(), PAGE)));
        cases.add(new Case("geo", "q=mosque in box", new SearchQuery(Optional.of("mosque"), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), false, Optional.of(new SearchQuery.Box(20, 25, 45, 65)), Optional.empty(),
                Optional.empty(), Language.EN, Optional.empty(), PAGE)));
        return cases;
    }

    private static SearchQuery text(String text, Language language) {
        return SearchQuery.text(text, language).withLimit(PAGE);
    }

    private static SearchQuery filtered(Set<String> kinds, Set<String> states, boolean inDanger) {
        return new SearchQuery(Optional.empty(), Set.of(), kinds, Set.of(), states, Set.of(), Set.of(), Set.of(), inDanger,
                Optional.empty(), Optional.empty(), Optional.empty(), Language.AR, Optional.empty(), PAGE);
    }

    private static Map<String, Double> percentiles(List<Double> times) {
        return Map.of("p50", round(percentile(times, 50)), "p95", round(percentile(times, 95)), "p99", round(percentile(times, 99)),
                "max", round(times.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
    }

    private static double percentile(List<Double> times, double p) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String option(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

}
