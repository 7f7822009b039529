package org.turath.fund.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.fund.FundCallId;
import org.turath.fund.ProjectKind;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.Ranking;
import org.turath.fund.internal.CallDesk;
import org.turath.fund.internal.ReviewDesk;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.registry.ListFigures;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.Decimals;
import org.turath.web.NoStore;
import org.turath.web.RecordEditor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The secretariat's Support Fund: the calls (their form, their ranking with each score's reasons) and, beside the items
 * in danger in each state, what each state asked for and was granted by kind of project — so money going to less
 * important projects, or to some countries only, shows.
 */
@Controller
class CallAdminPages {

    private static final int PAGE = 30;

    /** One state's line of the overview: its items, those in danger, and requests and grants by kind. */
    record StateLine(String iso2, String name, long items, long inDanger, Map<ProjectKind, long[]> byKind, long requests, long granted,
                     String requestedAmount, String grantedAmount) {
    }

    private final CallDesk calls;
    private final ReviewDesk review;
    private final FundViews views;
    private final RegistryApi registry;
    private final GeoApi geo;
    private final RecordEditor<Actor, FundCallId, FundCall, CallForm> editor;

    CallAdminPages(CallDesk calls, ReviewDesk review, FundViews views, RegistryApi registry, GeoApi geo, MessageSource messages) {
        this.calls = calls;
        this.review = review;
        this.views = views;
        this.registry = registry;
        this.geo = geo;
        this.editor = new RecordEditor<>("/admin/fund/calls", "fund/admin-call", messages, this::call, CallForm::of, this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    @GetMapping("/" + LANG + "/admin/fund")
    String home(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor,
                @RequestParam(name = "currency", required = false) String currency, Actor actor, Model model) {
        calls.requireKeeper(actor);
        Slice<FundCall> page = calls.calls(RequestParameters.present(cursor), PAGE);
        model.addAttribute("calls", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("today", calls.today());
        String money = currency != null && currency.matches("[A-Z]{3}") ? currency : "USD";
        model.addAttribute("currency", money);
        model.addAttribute("lines", overview(actor, money, lang));
        model.addAttribute("kinds", ProjectKind.values());
        return "fund/admin";
    }

    @GetMapping("/" + LANG + "/admin/fund/calls/new")
    String newCall(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        calls.requireKeeper(actor);
        return editor.blank(lang, actor, CallForm.empty(), model, response);
    }

    @PostMapping("/" + LANG + "/admin/fund/calls/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") CallForm form, BindingResult binding, Actor actor, Model model,
                  HttpServletResponse response) {
        calls.requireKeeper(actor);
        return editor.create(lang, actor, form, form.submission(), binding, form::read,
                details -> calls.create(actor, RecordEditor.submission(form.submission()), details).id(), model, response);
    }

    @GetMapping("/" + LANG + "/admin/fund/calls/{id}")
    String show(@PathVariable Language lang, @PathVariable FundCallId id, Actor actor, Model model, HttpServletResponse response) {
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/fund/calls/{id}")
    String update(@PathVariable Language lang, @PathVariable FundCallId id, @Valid @ModelAttribute("form") CallForm form,
                  BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, form::read,
                details -> calls.update(actor, id, RequestParameters.version(form.version()), details), model, response);
    }

    @GetMapping("/" + LANG + "/admin/fund/calls/{id}/ranking")
    String ranking(@PathVariable Language lang, @PathVariable FundCallId id, Actor actor, Model model) {
        FundCall call = calls.call(id);
        List<Ranking.Entry> entries = review.ranking(actor, id);
        model.addAttribute("call", call);
        model.addAttribute("entries", entries);
        model.addAttribute("rows", views.requests(entries.stream().map(Ranking.Entry::request).toList(), lang));
        return "fund/ranking";
    }

    private List<StateLine> overview(Actor actor, String currency, Language lang) {
        ListFigures figures = registry.figures();
        Map<String, ListFigures.State> byState = figures.states().stream()
                .collect(Collectors.toMap(ListFigures.State::iso2, Function.identity(), (a, b) -> a));
        Map<String, Map<ProjectKind, long[]>> counts = new TreeMap<>();
        Map<String, BigDecimal[]> amounts = new TreeMap<>();
        for (Object[] row : review.perStateAndKind(actor, currency)) {
            String state = (String) row[0];
            ProjectKind kind = (ProjectKind) row[1];
            long requested = ((Number) row[2]).longValue();
            long granted = ((Number) row[4]).longValue();
            counts.computeIfAbsent(state, s -> new java.util.EnumMap<>(ProjectKind.class)).put(kind, new long[]{requested, granted});
            BigDecimal[] sums = amounts.computeIfAbsent(state, s -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3]);
            sums[1] = sums[1].add(row[5] == null ? BigDecimal.ZERO : (BigDecimal) row[5]);
        }
        // the states with items in danger, and every state that asked
        java.util.Set<String> shown = new java.util.TreeSet<>(counts.keySet());
        byState.values().stream().filter(s -> s.inDanger() > 0).forEach(s -> shown.add(s.iso2()));
        Map<String, CountryInfo> names = geo.countries(shown);
        List<StateLine> lines = new ArrayList<>();
        for (String iso2 : shown) {
            ListFigures.State state = byState.get(iso2);
            Map<ProjectKind, long[]> kinds = counts.getOrDefault(iso2, Map.of());
            BigDecimal[] sums = amounts.getOrDefault(iso2, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            lines.add(new StateLine(iso2, names.containsKey(iso2) ? names.get(iso2).name(lang) : iso2, state == null ? 0 : state.items(),
                    state == null ? 0 : state.inDanger(), kinds, kinds.values().stream().mapToLong(v -> v[0]).sum(),
                    kinds.values().stream().mapToLong(v -> v[1]).sum(), Decimals.money(sums[0], currency, lang),
                    Decimals.money(sums[1], currency, lang)));
        }
        lines.sort(java.util.Comparator.comparingLong(StateLine::inDanger).reversed().thenComparing(StateLine::name));
        return lines;
    }

    /** A call as the secretariat's back office reads it: for those who keep the Fund only. */
    private FundCall call(Actor actor, FundCallId id) {
        calls.requireKeeper(actor);
        return calls.call(id);
    }

    private void prepare(Model model, Language lang, Actor actor, FundCall call, CallForm form, Map<String, String> errors,
                         String problem) {
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", ProjectKind.values());
        model.addAttribute("criterionRows", IntStream.range(0, CallForm.CRITERION_ROWS).boxed().toList());
    }
}
