package org.turath.fund.web;

import org.springframework.stereotype.Component;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.Milestone;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.registry.HeritageSummary;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.shared.LocalizedDates;
import org.turath.shared.LocalizedText;
import org.turath.web.Decimals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Requests and projects as pages show them: names of items and states in the reader's language, amounts and dates written in it. */
@Component
class FundViews {

    /** A request as a row or a page's head. */
    record RequestView(FundRequest request, Localized title, Localized itemName, String stateName, String requested, String granted,
                       String paid, int progress, Double latitude, Double longitude, List<MilestoneView> milestones) {

        public String statusKey() {
            return "fund.status." + request.status().name();
        }
    }

    /** A milestone with its dates and amounts written in the reader's language. */
    record MilestoneView(int index, Milestone milestone, String due, String tranche, String reached, String paidOn, String paid) {
    }

    private final RegistryApi registry;
    private final GeoApi geo;

    FundViews(RegistryApi registry, GeoApi geo) {
        this.registry = registry;
        this.geo = geo;
    }

    List<RequestView> requests(List<FundRequest> requests, Language language) {
        Map<String, HeritageSummary> items = registry.summaries(requests.stream().map(FundRequest::itemReference).distinct().toList())
                .stream().collect(Collectors.toMap(HeritageSummary::reference, Function.identity(), (a, b) -> a));
        Map<String, CountryInfo> states = geo.countries(requests.stream().map(FundRequest::state).collect(Collectors.toSet()));
        List<RequestView> views = new ArrayList<>();
        for (FundRequest r : requests) {
            HeritageSummary item = items.get(r.itemReference());
            CountryInfo state = states.get(r.state());
            List<MilestoneView> milestones = new ArrayList<>();
            for (int i = 0; i < r.milestones().size(); i++) {
                Milestone m = r.milestones().get(i);
                milestones.add(new MilestoneView(i, m, date(m.dueOn(), language), Decimals.money(m.tranche(), r.currency(), language),
                        date(m.reachedOn(), language), date(m.paidOn(), language), Decimals.money(m.paidAmount(), r.currency(), language)));
            }
            views.add(new RequestView(r, name(r.title(), language, r.reference()),
                    item == null ? new Localized(r.itemReference(), language, false) : name(item.name(), language, r.itemReference()),
                    state == null ? r.state() : state.name(language), Decimals.money(r.amountRequested(), r.currency(), language),
                    Decimals.money(r.grantedAmount(), r.currency(), language),
                    r.status().funded() ? Decimals.money(r.paidTotal(), r.currency(), language) : null, r.progress(),
                    item == null ? null : item.latitude(), item == null ? null : item.longitude(), milestones));
        }
        return views;
    }

    RequestView request(FundRequest request, Language language) {
        return requests(List.of(request), language).get(0);
    }

    static String date(java.time.LocalDate day, Language language) {
        return day == null ? null : LocalizedDates.format(day, language);
    }

    static Localized name(LocalizedText text, Language language, String fallback) {
        return text.resolve(language).orElse(new Localized(fallback, language, false));
    }
}
