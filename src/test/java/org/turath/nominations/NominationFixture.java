package org.turath.nominations;

import org.springframework.jdbc.core.JdbcTemplate;

import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.nominations.domain.CommitteeSession;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.internal.CommitteeDesk;
import org.turath.nominations.internal.DossierDocuments;
import org.turath.nominations.internal.NominationDesk;
import org.turath.nominations.internal.NominationReminders;
import org.turath.nominations.internal.NominationReview;
import org.turath.nominations.internal.PreliminaryLists;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.turath.nominations.NominationFileId;
import org.turath.nominations.CommitteeSessionId;

/**
 * People of the nomination process with real accounts (so mail and the evaluator checks work), and
 * files driven to any status through the desk's own commands.
 */

@org.springframework.boot.test.context.TestComponent
@org.springframework.context.annotation.Scope(org.springframework.beans.factory.config.ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class NominationFixture {

    public static final String PASSWORD = "a long and unusual passphrase";

    public final NominationDesk desk;
    public final DossierDocuments documents;
    public final NominationReview review;
    public final CommitteeDesk committee;
    public final PreliminaryLists preliminaryLists;
    public final NominationReminders reminders;
    private final AccountsApi accounts;
    private final JdbcTemplate jdbc;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    public final Actor focalMorocco;
    public final Actor focalJordan;
    public final Actor focalEgypt;
    public final Actor secretariat;
    public final Actor evaluator;
    public final Actor otherEvaluator;
    public final Actor moroccanEvaluator;
    public final Actor member;
    public final Actor otherMember;

    NominationFixture(NominationDesk desk, DossierDocuments documents, NominationReview review, CommitteeDesk committee,
                      PreliminaryLists preliminaryLists, NominationReminders reminders,
                      AccountsApi accounts, JdbcTemplate jdbc) {
        this.desk = desk;
        this.documents = documents;
        this.review = review;
        this.committee = committee;
        this.preliminaryLists = preliminaryLists;
        this.reminders = reminders;
        this.accounts = accounts;
        this.jdbc = jdbc;
        focalMorocco = person("focal.ma", Set.of(Role.FOCAL_POINT), Set.of("MA"));
        focalJordan = person("focal.jo", Set.of(Role.FOCAL_POINT), Set.of("JO"));
        focalEgypt = person("focal.eg", Set.of(Role.FOCAL_POINT), Set.of("EG"));
        secretariat = person("secretariat", Set.of(Role.SECRETARIAT), Set.of());
        evaluator = person("expert.tr", Set.of(Role.EVALUATOR), Set.of("TR"));
        otherEvaluator = person("expert.sn", Set.of(Role.EVALUATOR), Set.of("SN"));
        moroccanEvaluator = person("expert.ma", Set.of(Role.EVALUATOR), Set.of("MA"));
        member = person("member", Set.of(Role.COMMITTEE_MEMBER), Set.of());
        otherMember = person("member.other", Set.of(Role.COMMITTEE_MEMBER), Set.of());
    }

    /** A person with an account: {@code name.<run>@example.org}. */
    public Actor person(String name, Set<Role> roles, Set<String> states) {
        String email = name + "." + run + "@example.org";
        if (accounts.find(email).isEmpty()) {
            accounts.create(email, name, PASSWORD, Language.EN, "Test", roles, states);
        }
        return new Actor(email, roles, states);
    }

    /** A new draft of Morocco with Jordan co-submitting, its dossier complete. */
    public NominationFileId completeDraft(String englishName) {
        NominationFileId id = desk.create(focalMorocco, Optional.empty(), "MA", Set.of("JO"), NominationKind.CULTURAL, false,
                new LocalizedText("قصر " + englishName, englishName, null));
        fillEverything(id, NominationKind.CULTURAL);
        return id;
    }

    public void fillEverything(NominationFileId id, NominationKind kind) {
        long version = desk.open(focalMorocco, id).file().version();
        desk.identify(focalMorocco, id, version, desk.open(focalMorocco, id).file().name(), Set.of("JO"), false, 31.63, -8.0,
                new BigDecimal("120.5"), new BigDecimal("300"), List.of(), Map.of());
        for (DossierForm.Section section : DossierForm.sections(kind)) {
            desk.fill(focalMorocco, id, desk.open(focalMorocco, id).file().version(), section.key(), values(section));
        }
        try {
            if (kind.intangible()) {
                documents.attach(focalMorocco, id, org.turath.nominations.domain.Attachment.Kind.CONSENT,
                        new java.io.ByteArrayInputStream(png()), "consent.png", "Letter of the maâlems", false);
            } else {
                documents.attach(focalMorocco, id, org.turath.nominations.domain.Attachment.Kind.MAP,
                        new java.io.ByteArrayInputStream(png()), "map.png", "Boundaries", false);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A small real PNG image (a map, a scanned letter). */
    public static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Map<String, String> values(DossierForm.Section section) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DossierForm.Field field : section.fields()) {
            String key = section.key() + "." + field.key();
            switch (field.type()) {
                case TEXT3 -> {
                    values.put(key + ".ar", "نص " + field.key());
                    values.put(key + ".en", "Text of " + field.key());
                }
                case TEXT -> values.put(key, "Value of " + field.key());
                case CHOICES -> values.put(key, field.choices().get(0) + "," + field.choices().get(2));
                case DATE -> values.put(key, "2026-11-01");
            }
        }
        return values;
    }

    public CommitteeSessionId session(int number, Actor... members) {
        Set<String> emails = new java.util.HashSet<>();
        for (Actor m : members) {
            emails.add(m.email());
        }
        return committee.createSession(secretariat, 2099, number, CommitteeSession.Kind.ORDINARY, CommitteeSession.Mode.VIDEOCONFERENCE,
                new LocalizedText("الرباط", "Rabat", "Rabat"), "https://meet.example.org/iwhc", LocalDate.now().plusDays(1),
                LocalDate.now().plusDays(3), emails);
    }

    /** A fresh session number nobody used in this database. */
    public int nextSessionNumber() {
        Integer max = jdbc.queryForObject("select coalesce(max(number), 0) from committee_session where session_year = 2099", Integer.class);
        return max + 1;
    }

    /** A file driven through the real commands to {@code status}. */
    public NominationFileId fileIn(NominationStatus status, CommitteeSessionId session) {
        return advance(completeDraft("Fixture " + status + " " + UUID.randomUUID().toString().substring(0, 6)), status, session);
    }

    /** A complete draft driven through the real commands to {@code status}. */
    public NominationFileId advance(NominationFileId id, NominationStatus status, CommitteeSessionId session) {
        switch (status) {
            case DRAFT -> {
                return id;
            }
            case WITHDRAWN -> {
                desk.withdraw(focalMorocco, id, "changed our mind");
                return id;
            }
            default -> desk.submit(focalMorocco, id)
            ;
        }
        if (status == NominationStatus.SUBMITTED) {
            return id;
        }
        if (status == NominationStatus.RETURNED) {
            review.returnToState(secretariat, id, Map.of("description", "Say more about the walls."), "Please complete");
            return id;
        }
        review.accept(secretariat, id, "complete");
        if (status == NominationStatus.COMPLETE) {
            return id;
        }
        review.assign(secretariat, id, List.of(evaluator.email()), LocalDate.now().plusDays(30));
        if (status == NominationStatus.UNDER_EVALUATION) {
            return id;
        }
        review.declare(evaluator, id, false, "No interest in this property.");
        review.evaluate(evaluator, id, List.of("i", "iii"), "Outstanding universal value shown.", Outcome.INSCRIBE);
        if (status == NominationStatus.EVALUATED) {
            return id;
        }
        committee.schedule(secretariat, id, session);
        if (status == NominationStatus.SCHEDULED) {
            return id;
        }
        committee.decide(secretariat, id, desk.open(secretariat, id).file().version(), Outcome.NOT_INSCRIBE, LocalizedText.empty());
        return id;
    }
}
