package org.turath.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.search.SearchIndex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * On start, makes sure the index holds every document: when the documents or the index are
 * missing or incomplete, or the index was built by another version of the mapping, they are rebuilt
 * ({@code turath.search.startup-indexing}: {@code async} in the background, {@code sync} before the
 * portal answers, {@code off}). {@code reindex} as the first argument rebuilds everything and exits.
 */
@Component
@Order(30)
class SearchIndexStartup implements ApplicationRunner {

    /** Raise whenever the mapping or an analyzer changes, so existing indexes are rebuilt. */
    static final String MAPPING_VERSION = "3";
    private static final String MARKER = "turath-mapping-version";
    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final SearchIndex index;
    private final SearchFeed feed;
    private final ApplicationContext context;
    private final String mode;
    private final String indexRoot;

    SearchIndexStartup(SearchIndex index, SearchFeed feed, ApplicationContext context,
                       @Value("${turath.search.startup-indexing:async}") String mode,
                       @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String indexRoot) {
        this.index = index;
        this.feed = feed;
        this.context = context;
        this.mode = mode;
        this.indexRoot = indexRoot;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() && !args.getNonOptionArgs().contains("reindex")) {
            return;
        }
        if (args.getNonOptionArgs().contains("reindex")) {
            SearchIndex.Rebuild rebuild = index.rebuildAll();
            System.out.printf("Rebuilt %d search documents and indexed %d (%.0f documents/s)%n", rebuild.documents(),
                    rebuild.indexed(), rebuild.indexedPerSecond());
            writeMarker();
            System.exit(SpringApplication.exit(context, () -> 0));
            return;
        }
        switch (mode) {
            case "off" -> log.info("Search index check on start is off");
            case "sync" -> bringUpToDate();
            default -> {
                Thread thread = new Thread(this::bringUpToDate, "search-index-startup");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    void bringUpToDate() {
        try {
            long items = index.registryCount();
            long heritageDocuments = index.heritageDocumentCount();
            if (heritageDocuments != items) {
                log.info("Search documents ({}) out of step with the registry ({}): rebuilding", heritageDocuments, items);
                index.rebuildAll();
            } else if (!markerMatches() || feed.needsRebuild() || !caughtUp()) {
                log.info("Search index missing, incomplete, from another mapping version or database, or behind the change log's oldest entry: rebuilding");
                index.reindex();
            }
            writeMarker();
        } catch (RuntimeException e) {
            log.error("Search index could not be brought up to date; search may be incomplete until `reindex` runs", e);
        }
    }

    /** Whether the index holds every document once the change log is applied (what a node killed mid-way left). */
    private boolean caughtUp() {
        long read;
        do {
            read = feed.catchUp();
        } while (read > 0);
        return index.indexedCount() == index.documentCount();
    }

    private boolean markerMatches() {
        Path marker = markerPath();
        try {
            return marker == null || (Files.exists(marker) && MAPPING_VERSION.equals(Files.readString(marker).strip()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Notes beside a local index the mapping version it was built with (a full rebuild just finished). */
    void writeMarker() {
        Path marker = markerPath();
        if (marker == null) {
            return;
        }
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, MAPPING_VERSION, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Cannot write {}: the index will be rebuilt on the next start", marker, e);
        }
    }

    private Path markerPath() {
        return indexRoot == null || indexRoot.isBlank() ? null : Path.of(indexRoot).resolve(MARKER);
    }
}
