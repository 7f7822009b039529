package org.turath.risk.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.registry.HeritageDetail;
import org.turath.registry.RegistryApi;
import org.turath.risk.domain.QudsEvent;
import org.turath.risk.internal.QudsDesk;
import org.turath.risk.internal.QudsPageStamps;
import org.turath.registry.HeritageSection;
import org.turath.risk.internal.RiskDesk;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.MapSettings;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The Al-Quds observatory for the public: the Old City of Jerusalem and its Walls as the List holds it, the map of its
 * landmarks, the documented timeline of events affecting its heritage (published entries only, each with its dated
 * sources), and its published condition reports.
 */
@Controller
class QudsPages {

    private static final int PAGE = 30;

    private final QudsDesk desk;
    private final RiskDesk reports;
    private final QudsViews views;
    private final RiskViews riskViews;
    private final RegistryApi registry;
    private final JsonMapper json;
    private final MapSettings mapSettings;

    QudsPages(QudsDesk desk, RiskDesk reports, QudsViews views, RiskViews riskViews, RegistryApi registry, JsonMapper json,
              MapSettings mapSettings) {
        this.desk = desk;
        this.reports = reports;
        this.views = views;
        this.riskViews = riskViews;
        this.registry = registry;
        this.json = json;
        this.mapSettings = mapSettings;
    }

    @GetMapping("/" + LANG + "/al-quds")
    String observatory(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Model model) {
        Slice<QudsEvent> page;
        try {
            page = desk.published(RequestParameters.present(cursor), PAGE);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor");
        }
        Optional<HeritageDetail> item = registry.findByUnescoId(QudsPageStamps.OLD_CITY);
        model.addAttribute("item", item.orElse(null));
        model.addAttribute("itemName", item.flatMap(i -> i.name().resolve(lang)).orElse(null));
        model.addAttribute("entries", views.entries(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("reports", item.map(i -> riskViews.cards(reports.timeline(i.reference()), lang)).orElse(List.of()));
        model.addAttribute("mapData", json.writeValueAsString(views.markers(lang)));
        // what other modules show about the Old City on its own page (publications, news); its reports are shown above
        model.addAttribute("related", item.map(i -> registry.sections().stream().filter(s -> !s.template().startsWith("risk/"))
                .flatMap(s -> s.content(i.reference(), lang).map(c -> new HeritageSection.Drawn(s.template(), c, s.anchor(), s.linkKey()))
                        .stream()).toList()).orElse(List.of()));
        model.addAttribute("mapSettings", mapSettings);
        return "risk/quds";
    }
}
