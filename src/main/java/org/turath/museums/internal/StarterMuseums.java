package org.turath.museums.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.domain.Museums;
import org.turath.registry.RegistryApi;
import org.turath.shared.LocalizedText;
import org.turath.shared.Refusal;
import org.turath.shared.StarterRow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo's museums (profile {@code demo}, on a first start): the starter directory of real museums of member states
 * ({@code demo/museums.csv}, each row with its public source), published, with the heritage items of the List they
 * present linked by UNESCO's numbers. The demo curator keeps the Museum of Islamic Art in Doha.
 */
@Component
@Profile("demo")
@Order(49)
class StarterMuseums implements ApplicationRunner {

    static final String FILE = "demo/museums.csv";
    private static final Logger log = LoggerFactory.getLogger(StarterMuseums.class);
    private static final Actor SECRETARIAT = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());
    private static final String DEMO_CURATOR = "curator@demo.turath.invalid";
    private static final String CURATED = "museum-of-islamic-art-doha";

    private final MuseumDesk desk;
    private final Museums museums;
    private final RegistryApi registry;
    private final AccountsApi accounts;

    StarterMuseums(MuseumDesk desk, Museums museums, RegistryApi registry, AccountsApi accounts) {
        this.desk = desk;
        this.museums = museums;
        this.registry = registry;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || museums.count() > 0) {
            return;
        }
        List<String> problems = load();
        log.info("Starter museums: {} loaded{}", museums.count(), problems.isEmpty() ? "" : ", not loaded: " + problems);
    }

    /** Creates and publishes every row; what a row's checks refused, by row number (the other rows load). */
    List<String> load() {
        List<String> problems = new ArrayList<>();
        for (StarterRow row : rows()) {
            try {
                Museum museum = desk.createPublished(SECRETARIAT, details(row, registry));
                if (museum.reference().equals(CURATED) && accounts.find(DEMO_CURATOR).isPresent()) {
                    desk.addCurator(SECRETARIAT, museum.id(), DEMO_CURATOR);
                }
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
    static Museum.Details details(StarterRow row, RegistryApi registry) {
        Set<String> heritage = registry.referencesOfUnescoIds(row.get("unesco_id_no"));
        String founded = row.get("founded");
        return new Museum.Details(row.get("reference"),
                row.text("name"),
                MuseumKind.valueOf(row.get("kind")), row.get("state"),
                row.text("city"),
                Double.valueOf(row.get("latitude")), Double.valueOf(row.get("longitude")),
                founded == null ? null : Integer.valueOf(founded), row.get("website"), null,
                LocalizedText.empty(), LocalizedText.empty(), LocalizedText.empty(), row.get("source"), heritage);
    }
}
