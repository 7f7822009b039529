package org.turath.nominations.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The workflow's time: the system clock, or the one a test provides as a bean. Days are UTC days. */
@Component
class NominationClock {

    private final Clock clock;

    NominationClock(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
