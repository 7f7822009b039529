package org.turath.museums.internal;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.museums.domain.Museum;
import org.turath.museums.domain.Museums;

import java.util.List;
import java.util.Optional;

/** The directory as other modules read it. */
@Service
@Transactional(readOnly = true)
class MuseumDirectory implements MuseumsApi {

    private final Museums museums;

    MuseumDirectory(Museums museums) {
        this.museums = museums;
    }

    @Override
    public Optional<MuseumSummary> find(MuseumId id) {
        return museums.findById(id.value()).map(MuseumDirectory::summary);
    }

    @Override
    public Optional<MuseumSummary> findByReference(String reference) {
        return museums.findByReference(reference).map(MuseumDirectory::summary);
    }

    @Override
    public List<MuseumSummary> curatedBy(String email, int limit) {
        return museums.curatedBy(email, Limit.of(limit)).stream().map(MuseumDirectory::summary).toList();
    }

    @Override
    public org.turath.shared.Slice<MuseumSummary> published(Optional<String> cursor, int limit) {
        // the lowest id as the database orders them (unsigned, byte by byte), not as Java compares them
        java.util.UUID after = cursor.map(org.turath.shared.EntityId::parse).orElse(new java.util.UUID(0L, 0L));
        return org.turath.shared.Slice.of(museums.publishedAfter(after, Limit.of(limit + 1)), limit, m -> m.id().value().toString())
                .map(MuseumDirectory::summary);
    }

    private static MuseumSummary summary(Museum museum) {
        return new MuseumSummary(museum.id(), museum.reference(), museum.name(), museum.state(), museum.city(), museum.published(),
                museum.curators(), museum.position().map(p -> p[0]).orElse(null), museum.position().map(p -> p[1]).orElse(null));
    }
}
