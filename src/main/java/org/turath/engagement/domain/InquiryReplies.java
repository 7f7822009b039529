package org.turath.engagement.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** The replies sent to an inquiry, in the order they were sent. */
public interface InquiryReplies extends JpaRepository<InquiryReply, UUID> {

    List<InquiryReply> findByInquiryIdOrderBySentAt(UUID inquiryId, Limit limit);
}
