package org.turath.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.turath.accounts.domain.AuditEntries;
import org.turath.accounts.domain.AuditEntry;
import org.turath.history.RevisionAuthor;

import java.time.Clock;

/**
 * The append-only log of security-relevant events. Any module records into it; only
 * administrators read it. Entries join the caller's transaction, so an import that rolls back
 * leaves no entry claiming it happened.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;
    private final Clock clock = Clock.systemUTC();

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    /** Records {@code type} by whoever acts now (the signed-in person or the running task). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditType type, String target, String detail) {
        recordBy(RevisionAuthor.current(), type, target, detail);
    }

    /** Records {@code type} by {@code actor} (e.g. the e-mail typed into a failed sign-in). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordBy(String actor, AuditType type, String target, String detail) {
        entries.save(new AuditEntry(clock.instant(), type, actor, target, detail, remoteAddress()));
    }

    /** Records {@code type} by {@code actor}, for a request answered before the work was done (its address given). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordFrom(String address, String actor, AuditType type, String target, String detail) {
        entries.save(new AuditEntry(clock.instant(), type, actor, target, detail, address));
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
