package org.turath.risk.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.turath.throttling.Throttle;
import org.turath.web.FormStamp;

import java.time.Duration;

/**
 * How heritage at risk's public forms (following by e-mail, a report from the public) are guarded once what was typed
 * is valid, in this order: the honeypot (a robot is thanked and nothing is kept), the time the form took and its age,
 * then a limit of five sendings an hour from one address.
 */
@Component
class PublicFormGuard {

    private static final Duration FORM_LIFETIME = Duration.ofHours(12);
    private static final int PER_HOUR = 5;

    /** What becomes of a sending: sent, quietly dropped (a robot), or refused with the form shown again. */
    enum Verdict {
        SEND(null, 0), ROBOT(null, 0),
        TOO_FAST("risk.problem.too-fast", HttpStatus.UNPROCESSABLE_CONTENT.value()),
        EXPIRED("risk.problem.expired", HttpStatus.UNPROCESSABLE_CONTENT.value()),
        FLOOD("risk.problem.flood", HttpStatus.TOO_MANY_REQUESTS.value());

        private final String problem;
        private final int status;

        Verdict(String problem, int status) {
            this.problem = problem;
            this.status = status;
        }

        /** The message key of the refusal, shown above the form kept as typed. */
        String problem() {
            return problem;
        }

        int status() {
            return status;
        }
    }

    private final FormStamp stamps;
    private final Throttle throttle;

    PublicFormGuard(FormStamp stamps, Throttle throttle) {
        this.stamps = stamps;
        this.throttle = throttle;
    }

    /** When the form was shown, signed: for a form's hidden field. */
    String issue() {
        return stamps.issue();
    }

    /** The verdict on a sending of the form {@code action}, its honeypot {@code website} and its {@code shown} stamp. */
    Verdict judge(String action, String website, String shown, Duration fastestHuman, HttpServletRequest request) {
        if (website != null && !website.isEmpty()) {
            return Verdict.ROBOT;
        }
        FormStamp.Verdict stamp = stamps.judge(shown, fastestHuman, FORM_LIFETIME);
        if (stamp != FormStamp.Verdict.HUMAN) {
            return stamp == FormStamp.Verdict.TOO_FAST ? Verdict.TOO_FAST : Verdict.EXPIRED;
        }
        return throttle.allow(action, request.getRemoteAddr(), PER_HOUR, Duration.ofHours(1)) ? Verdict.SEND : Verdict.FLOOD;
    }
}
