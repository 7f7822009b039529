package org.turath.partners.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.partners.AgreementStatus;
import org.turath.partners.domain.Agreement;
import org.turath.partners.domain.Outcome;
import org.turath.partners.domain.Partner;
import org.turath.partners.domain.Party;
import org.turath.partners.domain.Term;
import org.turath.partners.internal.PartnerDesk;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.shared.LocalizedDates;
import org.turath.shared.LocalizedText;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Partners and agreements as pages show them, in the reader's language: names with their language, dates as precise as
 * they are known (a year stays a year), an agreement's standing on the day, shares and amounts in the reader's number
 * format — and, for the public, without what is confidential.
 */
@Component
class PartnerViews {

    record PartnerCard(Partner partner, Localized name, String country, String logo) {
    }

    record PartyView(UUID id, String slug, Localized name, String percent, String amount) {
    }

    record TermView(int number, String starts, String ends, Term.Basis basis, String decision) {
    }

    record OutcomeView(Outcome.Kind kind, Integer year, Localized title, String link) {
    }

    record AgreementView(Agreement agreement, Localized title, Localized purpose, AgreementStatus status, String signed, String ends,
                         String terminated, List<PartyView> parties, List<TermView> terms, List<OutcomeView> outcomes, String total,
                         boolean amountsShown) {
    }

    private final PartnerDesk desk;
    private final GeoApi geo;
    private final MessageSource messages;

    PartnerViews(PartnerDesk desk, GeoApi geo, MessageSource messages) {
        this.desk = desk;
        this.geo = geo;
        this.messages = messages;
    }

    List<PartnerCard> cards(Collection<Partner> partners, Language language) {
        Map<String, CountryInfo> countries = geo.countries(partners.stream().map(Partner::country).filter(c -> c != null)
                .collect(Collectors.toSet()));
        return partners.stream().map(p -> new PartnerCard(p, name(p.name(), language),
                p.country() == null || !countries.containsKey(p.country()) ? null : countries.get(p.country()).name(language),
                p.logo() == null ? null : "/partners/logo/" + p.slug() + ".png?v=" + p.version())).toList();
    }

    /** Agreements for the page; {@code inPublic} leaves out amounts an agreement does not make public. */
    List<AgreementView> agreements(List<Agreement> agreements, Language language, boolean inPublic) {
        Set<UUID> ids = new HashSet<>();
        agreements.forEach(a -> a.parties().forEach(p -> ids.add(p.partnerId())));
        Map<UUID, Partner> partners = desk.partnersById(ids);
        return agreements.stream().map(a -> view(a, partners, language, inPublic)).toList();
    }

    private AgreementView view(Agreement a, Map<UUID, Partner> partners, Language language, boolean inPublic) {
        boolean amountsShown = !inPublic || a.amountsPublic();
        List<PartyView> parties = a.parties().stream().map(p -> party(p, partners.get(p.partnerId()), a, language, amountsShown)).toList();
        List<Term> terms = a.terms();
        List<TermView> termViews = new java.util.ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            boolean yearOnly = i == 0 && a.precision() == Agreement.Precision.YEAR;
            termViews.add(new TermView(i + 1, yearOnly ? String.valueOf(a.signedOn().getYear()) : LocalizedDates.format(t.startsOn(), language),
                    yearOnly ? String.valueOf(t.endsOn().getYear()) : LocalizedDates.format(t.endsOn(), language), t.basis(), t.decision()));
        }
        List<OutcomeView> outcomes = a.outcomes().stream().map(o -> new OutcomeView(o.kind(), o.year(), name(o.title(), language), o.link()))
                .toList();
        boolean yearOnly = a.precision() == Agreement.Precision.YEAR && terms.size() <= 1;
        String signed = a.signedOn() == null ? null
                : a.precision() == Agreement.Precision.YEAR ? String.valueOf(a.signedOn().getYear()) : LocalizedDates.format(a.signedOn(), language);
        String ends = a.endsOn() == null ? null : yearOnly ? String.valueOf(a.endsOn().getYear()) : LocalizedDates.format(a.endsOn(), language);
        return new AgreementView(a, name(a.title(), language), a.purpose().resolve(language).orElse(null), a.status(desk.today()), signed,
                ends, a.terminatedOn() == null ? null : LocalizedDates.format(a.terminatedOn(), language), parties, termViews, outcomes,
                amountsShown ? money(a.totalAmount(), a.currency(), language) : null, amountsShown);
    }

    private PartyView party(Party party, Partner partner, Agreement agreement, Language language, boolean amountsShown) {
        String percent = null;
        if (party.sharePercent() != null) {
            NumberFormat format = NumberFormat.getPercentInstance(language.locale());
            format.setMaximumFractionDigits(2);
            percent = format.format(party.sharePercent().movePointLeft(2));
        }
        return new PartyView(party.partnerId(), partner == null ? null : partner.slug(),
                partner == null ? new Localized("—", language, false) : name(partner.name(), language), percent,
                amountsShown ? money(party.shareAmount(), agreement.currency(), language) : null);
    }

    static String money(BigDecimal amount, String currency, Language language) {
        return org.turath.web.Decimals.money(amount, currency, language);
    }

    static Localized name(LocalizedText text, Language language) {
        return text.resolve(language).orElse(new Localized("—", language, false));
    }

    String label(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
