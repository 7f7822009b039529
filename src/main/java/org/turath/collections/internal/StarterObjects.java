package org.turath.collections.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.domain.CollectionObjects;
import org.turath.museums.MuseumsApi;
import org.turath.registry.RegistryApi;
import org.turath.shared.LocalizedText;
import org.turath.shared.Refusal;
import org.turath.shared.StarterRow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo's objects (profile {@code demo}, on a first start, after the museums): well-known objects of the starter
 * museums ({@code demo/objects.csv}), each with the public source its facts come from and the inventory number the
 * museum publishes. They come without images: the demo has no photograph it may show of them, and a drawn picture
 * is never passed off as one.
 */
@Component
@Profile("demo")
@Order(50)
class StarterObjects implements ApplicationRunner {

    static final String FILE = "demo/objects.csv";
    private static final Logger log = LoggerFactory.getLogger(StarterObjects.class);
    private static final Actor SECRETARIAT = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());

    private final CollectionDesk desk;
    private final CollectionObjects objects;
    private final MuseumsApi museums;
    private final RegistryApi registry;

    StarterObjects(CollectionDesk desk, CollectionObjects objects, MuseumsApi museums, RegistryApi registry) {
        this.desk = desk;
        this.objects = objects;
        this.museums = museums;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || objects.count() > 0) {
            return;
        }
        List<String> problems = load();
        log.info("Starter objects: {} loaded{}", objects.count(), problems.isEmpty() ? "" : ", not loaded: " + problems);
    }

    /** Creates and publishes every row whose museum is in the directory; what was refused, by row number. */
    List<String> load() {
        List<String> problems = new ArrayList<>();
        for (StarterRow row : rows()) {
            try {
                desk.createPublished(SECRETARIAT, details(row, museums, registry));
            } catch (Refusal | IllegalArgumentException e) {
                problems.add("row " + row.number() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /** The starter rows, read from the file in the application (package-visible for the test that checks them). */
    static List<StarterRow> rows() {
        return StarterRow.read(FILE);
    }

    /** The details one row of the file gives. */
    static CollectionObject.Details details(StarterRow row, MuseumsApi museums, RegistryApi registry) {
        MuseumsApi.MuseumSummary museum = museums.findByReference(row.get("museum"))
                .orElseThrow(() -> new IllegalArgumentException("no museum " + row.get("museum")));
        Set<String> heritage = registry.referencesOfUnescoIds(row.get("unesco_id_no"));
        String from = row.get("year_from");
        String to = row.get("year_to");
        return new CollectionObject.Details(row.get("reference"), museum.id().value(), row.get("inventory_number"), row.text("type"),
                row.text("title"), row.text("materials"), CollectionObject.Measures.NONE, null, null, LocalizedText.empty(),
                LocalizedText.empty(), LocalizedText.empty(), row.text("period"), from == null ? null : Integer.valueOf(from),
                to == null ? null : Integer.valueOf(to), LocalizedText.empty(), row.text("origin"), LocalizedText.empty(),
                LocalizedText.empty(), false, row.get("source"), false, heritage, Set.of());
    }
}
