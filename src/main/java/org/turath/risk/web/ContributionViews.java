package org.turath.risk.web;

import org.springframework.stereotype.Component;
import org.turath.files.CameraPlace;
import org.turath.risk.domain.Contribution;
import org.turath.risk.internal.ContributionDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedDates;

import java.util.List;

/** What the public sent, as pages show it: the visitor's pages (credited as the sender chose) and the moderators'. */
@Component
class ContributionViews {

    /**
     * A sending as the public sees it once accepted: what it is, when it was seen and accepted, its text, the credit
     * (the sender's name, or null for "a visitor"), its photograph's size, licence and the place it was taken (never
     * for a sensitive place).
     */
    record Card(String id, String kind, String observed, String accepted, String description, String credit, boolean photo,
                int width, int height, Contribution.Licence licence, CameraPlace.Position place) {
    }

    private final ContributionDesk desk;

    ContributionViews(ContributionDesk desk) {
        this.desk = desk;
    }

    List<Card> cards(List<Contribution> contributions, Language language) {
        return contributions.stream().map(c -> card(c, language)).toList();
    }

    Card card(Contribution c, Language language) {
        var photo = c.photo();
        return new Card(c.id().toString(), c.kind().name(),
                c.observedOn() == null ? null : LocalizedDates.format(c.observedOn(), language),
                c.decidedAt() == null ? null : LocalizedDates.format(c.decidedAt(), language),
                c.description(), c.creditName() ? c.sender() : null, photo.isPresent(),
                photo.map(Contribution.Photo::width).orElse(0), photo.map(Contribution.Photo::height).orElse(0),
                photo.map(Contribution.Photo::licence).orElse(null), desk.place(c).orElse(null));
    }
}
