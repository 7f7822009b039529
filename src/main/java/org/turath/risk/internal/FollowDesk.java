package org.turath.risk.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.geo.GeoApi;
import org.turath.mail.Mailer;
import org.turath.registry.HeritageDetail;
import org.turath.registry.RegistryApi;
import org.turath.risk.Vocabulary;
import org.turath.risk.domain.Follower;
import org.turath.risk.domain.Followers;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.Vocabularies;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.SecretTokens;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Following heritage at risk by e-mail: a visitor asks to follow an item or a state, confirms from the link mailed to
 * them (nothing else is ever sent before), then gets a mail in their language for each report published on it, each
 * carrying the link that stops them (and the headers that let their mail program do it in one click).
 */
@Service
@Transactional
public class FollowDesk {

    private static final int PAGE = 500;

    private final Followers followers;
    private final RegistryApi registry;
    private final GeoApi geo;
    private final Vocabularies vocabularies;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String publicUrl;
    private final Clock clock;

    FollowDesk(Followers followers, RegistryApi registry, GeoApi geo, Vocabularies vocabularies, Mailer mailer,
               MessageSource messages, @Value("${turath.public-url}") String publicUrl, Optional<Clock> clock) {
        this.followers = followers;
        this.registry = registry;
        this.geo = geo;
        this.vocabularies = vocabularies;
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether there is such an item on the public List, or such a state. */
    @Transactional(readOnly = true)
    public boolean known(String item, String state) {
        return item != null ? registry.find(item).isPresent() : geo.country(state).isPresent();
    }

    /** What a follower follows, named for {@code language}: the item's name, or the state's. */
    public String subjectName(String item, String state, Language language) {
        if (item != null) {
            return registry.find(item).flatMap(detail -> detail.name().resolve(language)).map(l -> l.text()).orElse(item);
        }
        return geo.country(state).map(country -> country.name(language)).orElse(state);
    }

    /**
     * Asks to follow the item {@code item} or the state {@code state} (one of the two) from {@code email}: a link to
     * confirm is mailed. Asking again for something already confirmed sends nothing (the address is not told either way).
     */
    public void ask(String email, Language language, String item, String state) {
        if ((item == null) == (state == null)) {
            throw new IllegalArgumentException("an item or a state");
        }
        if (item != null && registry.find(item).isEmpty()) {
            throw new Refusal("risk", "unknown-item");
        }
        if (state != null && geo.country(state).isEmpty()) {
            throw new Refusal("risk", "unknown-state");
        }
        Optional<Follower> existing = followers.active(email, item == null ? "" : item, state == null ? "" : state);
        if (existing.isPresent() && existing.get().confirmed()) {
            return;
        }
        String secret = SecretTokens.newSecret();
        Follower follower = existing.orElse(null);
        if (follower == null) {
            follower = followers.save(new Follower(email, language, item, state, SecretTokens.hash(secret), SecretTokens.newSecret(),
                    clock.instant()));
        } else {
            follower.renew(SecretTokens.hash(secret), language);
        }
        String name = subjectName(item, state, language);
        mailer.queue(email, text("risk.mail.confirm.subject", language, name), text("risk.mail.confirm.body", language, name,
                publicUrl + "/" + language.tag() + "/heritage-at-risk/follow/confirm?token=" + secret));
    }

    /** The request a confirmation link's secret names, if any. */
    @Transactional(readOnly = true)
    public Optional<Follower> byConfirmation(String secret) {
        return secret == null || secret.length() > 100 ? Optional.empty() : followers.findByTokenHash(SecretTokens.hash(secret));
    }

    /** Confirms the request the link names; false for a link that names none (or one stopped since). */
    public boolean confirm(String secret) {
        Optional<Follower> follower = byConfirmation(secret).filter(f -> !f.stopped());
        follower.ifPresent(f -> f.confirm(clock.instant()));
        return follower.isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<Follower> byStop(String stopToken) {
        return stopToken == null || stopToken.length() > 100 ? Optional.empty() : followers.findByStopToken(stopToken);
    }

    /** Stops the mail the link names; false for a link that names nothing. Stopping twice is stopping once. */
    public boolean stop(String stopToken) {
        Optional<Follower> follower = byStop(stopToken);
        follower.ifPresent(f -> f.stop(clock.instant()));
        return follower.isPresent();
    }

    /** A report was published: a mail to each confirmed follower of its item or of its state, in their language. */
    void published(RiskReport report) {
        Optional<HeritageDetail> item = registry.find(report.itemReference());
        if (item.isEmpty()) {
            return;
        }
        String state = report.state() == null ? "" : report.state();
        // the lowest id as the database orders them (unsigned, byte by byte), not as Java compares them
        UUID after = new UUID(0L, 0L);
        // one mail per address, though it may follow both the item and its state
        java.util.Set<String> mailed = new java.util.HashSet<>();
        List<Follower> page;
        do {
            page = followers.following(report.itemReference(), state, after, Limit.of(PAGE));
            for (Follower follower : page) {
                after = follower.id();
                if (!mailed.add(follower.email())) {
                    continue;
                }
                Language language = follower.language();
                String name = item.get().name().resolve(language).map(l -> l.text()).orElse(report.itemReference());
                String stop = publicUrl + "/" + language.tag() + "/heritage-at-risk/follow/stop?token=" + follower.stopToken();
                mailer.queue(follower.email(), text("risk.mail.report.subject", language, name),
                        text("risk.mail.report.body", language, name, vocabularies.label(Vocabulary.CONDITION, report.condition(), language),
                                report.assessedOn().toString(),
                                publicUrl + "/" + language.tag() + "/heritage-at-risk/reports/" + report.id(),
                                subjectName(follower.itemReference(), follower.state(), language), stop), stop);
            }
        } while (page.size() == PAGE);
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
