package org.turath.risk.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.geo.GeoApi;
import org.turath.risk.ReportFilter;
import org.turath.risk.RiskReportId;
import org.turath.risk.Vocabulary;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.Vocabularies;
import org.turath.risk.internal.RiskDesk;
import org.turath.risk.internal.RiskFigures;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.MapSettings;
import tools.jackson.databind.json.JsonMapper;

import java.time.format.DateTimeParseException;

import static org.turath.web.WebConfiguration.LANG;

/** Heritage at risk for the public: published reports as a filtered list with their map and figures, and each report. */
@Controller
class RiskPages {

    static final int PAGE = 30;

    private final RiskDesk desk;
    private final RiskViews views;
    private final RiskFigures figures;
    private final Vocabularies vocabularies;
    private final GeoApi geo;
    private final JsonMapper json;
    private final MapSettings mapSettings;
    private final org.turath.risk.internal.PhotoDesk photos;

    RiskPages(RiskDesk desk, RiskViews views, RiskFigures figures, Vocabularies vocabularies, GeoApi geo, JsonMapper json,
              MapSettings mapSettings, org.turath.risk.internal.PhotoDesk photos) {
        this.photos = photos;
        this.desk = desk;
        this.views = views;
        this.figures = figures;
        this.vocabularies = vocabularies;
        this.geo = geo;
        this.json = json;
        this.mapSettings = mapSettings;
    }

    @GetMapping("/" + LANG + "/heritage-at-risk")
    String list(@PathVariable Language lang, @ModelAttribute("filters") RiskParameters parameters, Model model) {
        ReportFilter filter = parameters.filter(vocabularies);
        Slice<RiskReport> page = page(filter, parameters.cursor());
        model.addAttribute("cards", views.cards(page.items(), lang).stream().filter(RiskViews.Card::listed).toList());
        model.addAttribute("nextCursor", page.nextCursor().orElse(null));
        model.addAttribute("filtered", filter.any());
        model.addAttribute("filterQuery", parameters.query());
        model.addAttribute("mapData", json.writeValueAsString(views.markers(page.items(), lang)));
        model.addAttribute("mapSettings", mapSettings);
        model.addAttribute("memberStates", geo.memberStates(lang));
        model.addAttribute("conditions", views.options(Vocabulary.CONDITION, lang));
        model.addAttribute("priorities", views.options(Vocabulary.PRIORITY, lang));
        model.addAttribute("factorGroups", views.factorGroups(lang));
        RiskFigures.Figures counted = figures.figures();
        model.addAttribute("figures", counted);
        model.addAttribute("riskCharts", views.charts(counted, lang));
        model.addAttribute("factorNames", views.primaryFactors(lang));
        model.addAttribute("followState", filter.state().flatMap(geo::country).orElse(null));
        model.addAttribute("followItem", filter.item().orElse(null));
        return "risk/list";
    }

    @GetMapping("/" + LANG + "/heritage-at-risk/reports/{id}")
    String report(@PathVariable Language lang, @PathVariable RiskReportId id, Model model) {
        RiskReport report = desk.publicReport(id);
        RiskViews.Page page = views.page(report, lang);
        if (!page.card().listed()) {
            // the item has left the public List: its reports leave with it
            throw new NotFoundException("report");
        }
        model.addAttribute("report", page);
        model.addAttribute("photos", photos.of(java.util.Optional.empty(), report.id()));
        model.addAttribute("mapData", json.writeValueAsString(views.markers(java.util.List.of(report), lang)));
        model.addAttribute("mapSettings", mapSettings);
        return "risk/report";
    }

    private Slice<RiskReport> page(ReportFilter filter, String cursor) {
        try {
            return desk.published(filter, RequestParameters.present(cursor), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
    }
}
