package org.turath.nominations.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.UUID;

public interface Attachments extends JpaRepository<Attachment, UUID> {

    @Query("select a from Attachment a where a.fileId = :file order by a.uploadedAt, a.id")
    List<Attachment> ofFile(@Param("file") UUID file, Limit limit);

    long countByFileId(UUID fileId);

    long countByFileIdAndKind(UUID fileId, Attachment.Kind kind);
}
