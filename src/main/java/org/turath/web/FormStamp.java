package org.turath.web;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a public form was shown, signed, so that its post can tell how long the sender took: a
 * person needs seconds to fill a form, a spam robot posts at once (or replays an old form). The key
 * is {@code turath.forms.secret}; without one, each node draws its own at start, and a form shown by
 * one node and sent to another after a restart is simply shown again.
 */
@Component
public class FormStamp {

    /** How a stamp judged a post. */
    public enum Verdict { HUMAN, TOO_FAST, EXPIRED_OR_FORGED }

    private static final String PURPOSE = "form-shown";
    private final Signer signer;
    private final Clock clock = Clock.systemUTC();

    FormStamp(Signer signer) {
        this.signer = signer;
    }

    /** The stamp to put in a form shown now. */
    public String issue() {
        String time = String.valueOf(clock.millis());
        return time + "." + signer.sign(PURPOSE, time);
    }

    /** Whether a form with {@code stamp} was sent at least {@code fastest} after being shown, and within {@code longest}. */
    public Verdict judge(String stamp, Duration fastest, Duration longest) {
        Optional<Instant> shown = shownAt(stamp);
        if (shown.isEmpty()) {
            return Verdict.EXPIRED_OR_FORGED;
        }
        Duration taken = Duration.between(shown.get(), clock.instant());
        if (taken.isNegative() || taken.compareTo(longest) > 0) {
            return Verdict.EXPIRED_OR_FORGED;
        }
        return taken.compareTo(fastest) < 0 ? Verdict.TOO_FAST : Verdict.HUMAN;
    }

    private Optional<Instant> shownAt(String stamp) {
        if (stamp == null || stamp.length() > 100) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot < 1 || !stamp.substring(0, dot).matches("\\d{1,15}")) {
            return Optional.empty();
        }
        String time = stamp.substring(0, dot);
        boolean genuine = signer.verify(PURPOSE, time, stamp.substring(dot + 1));
        return genuine ? Optional.of(Instant.ofEpochMilli(Long.parseLong(time))) : Optional.empty();
    }
}
