package org.turath.collections.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.internal.CollectionDesk;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumPageSection;
import org.turath.shared.Language;
import org.turath.shared.Slice;

import java.util.List;
import java.util.Optional;

/** A museum's objects on its page: the first few, alphabetical in the reader's language, and a link to them all. */
@Component
class CollectionMuseumSection implements MuseumPageSection {

    static final int SHOWN = 8;

    /** What the fragment shows: the cards, whether there are more, the museum's address for the link to all. */
    record Content(List<ObjectViews.Card> cards, boolean more, String museumReference) {
    }

    private final CollectionDesk desk;
    private final ObjectViews views;
    private final JdbcTemplate jdbc;

    CollectionMuseumSection(CollectionDesk desk, ObjectViews views, JdbcTemplate jdbc) {
        this.desk = desk;
        this.views = views;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "collections/museum-section";
    }

    @Override
    public Optional<Object> content(MuseumId museum, String museumReference, Language language) {
        Slice<CollectionObject> first = desk.shown(Optional.of(museum.value()), language, Optional.empty(), SHOWN);
        return first.items().isEmpty() ? Optional.empty()
                : Optional.of(new Content(views.cards(first.items(), language), first.nextCursor().isPresent(), museumReference));
    }

    @Override
    public String stamp() {
        return jdbc.queryForObject("select count(*), max(updated_at) from collection_object",
                (row, n) -> row.getLong(1) + "@" + row.getTimestamp(2));
    }
}
