package org.turath.library;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.library.domain.Publication;
import org.turath.library.domain.Publications;
import org.turath.shared.Slice;

import java.util.Optional;
import java.util.UUID;

/** The library's published publications for other modules (open data's harvestable copy), a page at a time. */
@Service
@Transactional(readOnly = true)
public class PublicationsApi {

    private final Publications publications;

    PublicationsApi(Publications publications) {
        this.publications = publications;
    }

    public long publishedCount() {
        return publications.countByPublishedTrue();
    }

    /** The published publications in the order of their ids after {@code cursor}, as their change announces them (without the PDF's text). */
    public Slice<PublicationChanged> published(Optional<String> cursor, int limit) {
        UUID after = cursor.map(UUID::fromString).orElse(new UUID(0, 0));
        return Slice.of(publications.findByPublishedTrueAndIdGreaterThanOrderById(after, Limit.of(limit + 1)), limit,
                p -> p.id().value().toString()).map(PublicationsApi::view);
    }

    private static PublicationChanged view(Publication publication) {
        return new PublicationChanged(publication.id().value(), true, publication.kind(), publication.title(), publication.summary(),
                publication.language(), null, publication.year());
    }
}
