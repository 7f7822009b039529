package org.turath.opendata;

import org.turath.registry.HeritageDetail;
import org.turath.registry.HeritageSummary;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The API's representation of heritage items: plain records with stable field names. */
final class HeritageResource {

    private HeritageResource() {
    }

    record Text(String ar, String en, String fr) {
        static Text of(LocalizedText text) {
            return text.isEmpty() ? null : new Text(text.getAr(), text.getEn(), text.getFr());
        }

        /** Rich text as its sanitised markup in each language. */
        static Text of(RichText text) {
            return of(text.markup());
        }
    }

    record Location(double latitude, double longitude) {
        static Location of(Double latitude, Double longitude) {
            return latitude == null || longitude == null ? null : new Location(latitude, longitude);
        }
    }

    record Summary(String reference, Text name, String kind, String status, List<String> states, Text stateLabel,
                   Integer inscriptionYear, Location location, String href) {
        static Summary of(HeritageSummary item) {
            return new Summary(item.reference(), Text.of(item.name()), item.kind().name(), item.status().name(), item.states(),
                    Text.of(item.stateLabel()), item.inscriptionYear(), Location.of(item.latitude(), item.longitude()),
                    "/api/v1/heritage/" + item.reference());
        }
    }

    record Page(List<Summary> items, String next) {
    }

    record Criterion(String set, String code, Text description) {
    }

    record Component(int position, Text name, Location location, BigDecimal areaHectares) {
    }

    record StatusChange(String status, LocalDate effectiveDate, boolean yearOnly, Text reason, String decisionRef) {
    }

    record UnescoReference(int idNo, String url) {
    }

    record Detail(String reference, Text name, String kind, String status, Text description, Text justification,
                  List<String> states, Text stateLabel, Set<String> regions, List<Criterion> criteria,
                  List<Component> components, List<StatusChange> statusHistory, Location location,
                  BigDecimal areaHectares, Integer inscriptionYear, UnescoReference unesco, Instant updatedAt,
                  Set<String> pages) {

        static Detail of(HeritageDetail item) {
            return new Detail(item.reference(), Text.of(item.name()), item.kind().name(), item.status().name(),
                    Text.of(item.description()), Text.of(item.justification()), item.states(), Text.of(item.stateLabel()),
                    item.regions(),
                    item.criteria().stream().map(c -> new Criterion(c.setCode(), c.code(), Text.of(c.description()))).toList(),
                    item.components().stream().map(c -> new Component(c.position(), Text.of(c.name()),
                            Location.of(c.latitude(), c.longitude()), c.areaHectares())).toList(),
                    item.statusHistory().stream().map(s -> new StatusChange(s.status().name(), s.effectiveDate(), s.yearOnly(),
                            Text.of(s.reason()), s.decisionRef())).toList(),
                    Location.of(item.latitude(), item.longitude()), item.areaHectares(), item.inscriptionYear(),
                    item.unescoIdNo() == null ? null
                            : new UnescoReference(item.unescoIdNo(), "https://whc.unesco.org/en/list/" + item.unescoIdNo()),
                    item.updatedAt(),
                    Set.of("/ar/heritage/" + item.reference(), "/en/heritage/" + item.reference(), "/fr/heritage/" + item.reference()));
        }
    }
}
