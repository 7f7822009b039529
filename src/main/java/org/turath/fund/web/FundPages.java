package org.turath.fund.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.ProjectPhoto;
import org.turath.fund.internal.CallDesk;
import org.turath.fund.internal.ProjectPhotoDesk;
import org.turath.fund.internal.ReviewDesk;
import org.turath.geo.GeoApi;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.Decimals;
import org.turath.web.MapSettings;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The Support Fund for the public: how to apply, the calls open now, the funded projects as a list and on a map (amount
 * granted and paid, state, item, progress), each call's rules and criteria, each funded project's page. Requests that
 * were not funded are never shown.
 */
@Controller
class FundPages {

    private static final int PAGE = 24;

    /** A project's place on the map. */
    record Marker(String name, double lat, double lon) {
    }

    private final CallDesk calls;
    private final ReviewDesk review;
    private final FundViews views;
    private final GeoApi geo;
    private final JsonMapper json;
    private final MapSettings mapSettings;
    private final org.turath.web.LinkedData linked;
    private final ProjectPhotoDesk photos;

    FundPages(CallDesk calls, ReviewDesk review, FundViews views, GeoApi geo, JsonMapper json, MapSettings mapSettings,
              org.turath.web.LinkedData linked, ProjectPhotoDesk photos) {
        this.linked = linked;
        this.photos = photos;
        this.calls = calls;
        this.review = review;
        this.views = views;
        this.geo = geo;
        this.json = json;
        this.mapSettings = mapSettings;
    }

    @GetMapping("/" + LANG + "/support-fund")
    String home(@PathVariable Language lang, @RequestParam(name = "state", required = false) String state,
                @RequestParam(name = "cursor", required = false) String cursor, Model model) {
        Optional<String> stateFilter = Optional.ofNullable(state).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT));
        if (stateFilter.isPresent() && (!stateFilter.get().matches("[A-Z]{2}") || geo.country(stateFilter.get()).isEmpty())) {
            throw new InvalidRequestException("state");
        }
        Slice<FundRequest> page = review.funded(stateFilter, RequestParameters.present(cursor), PAGE);
        List<FundViews.RequestView> projects = views.requests(page.items(), lang);
        model.addAttribute("projects", projects);
        model.addAttribute("covers", photos.covers(page.items()));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("openCalls", calls.open(20));
        model.addAttribute("states", geo.memberStates(lang));
        model.addAttribute("state", stateFilter.orElse(""));
        model.addAttribute("mapData", json.writeValueAsString(projects.stream().filter(p -> p.latitude() != null && p.longitude() != null)
                .map(p -> new Marker(p.itemName().text() + " — " + p.title().text(), p.latitude(), p.longitude())).toList()));
        model.addAttribute("mapSettings", mapSettings);
        return "fund/public";
    }

    /** A funded project as schema.org reads it: a project funded by the centre, about a heritage item of a state. */
    private java.util.Map<String, Object> describe(FundRequest request, FundViews.RequestView view, List<ProjectPhoto> pictures) {
        java.util.Map<String, Object> thing = linked.thing("Project", "/en/support-fund/projects/" + request.reference());
        thing.put("identifier", request.reference());
        thing.put("name", org.turath.web.LinkedData.texts(request.title()));
        thing.put("description", org.turath.web.LinkedData.texts(request.objectives()));
        thing.put("url", linked.pages("/support-fund/projects/" + request.reference()));
        thing.put("funder", linked.publisher());
        if (!pictures.isEmpty()) {
            thing.put("image", pictures.stream().map(p -> linked.absolute("/support-fund/photos/" + p.id())).toList());
        }
        java.util.Map<String, Object> grant = new java.util.LinkedHashMap<>();
        grant.put("@type", "MonetaryGrant");
        grant.put("amount", java.util.Map.of("@type", "MonetaryAmount", "value", request.grantedAmount(), "currency", request.currency()));
        grant.put("funder", linked.publisher());
        thing.put("subjectOf", grant);
        java.util.Map<String, Object> place = new java.util.LinkedHashMap<>();
        place.put("@type", "LandmarksOrHistoricalBuildings");
        place.put("@id", linked.absolute("/en/heritage/" + request.itemReference()));
        place.put("name", view.itemName().text());
        thing.put("about", place);
        thing.put("areaServed", java.util.Map.of("@type", "Country", "identifier", request.state(), "name", view.stateName()));
        return thing;
    }

    @GetMapping("/" + LANG + "/support-fund/calls/{reference}")
    String call(@PathVariable Language lang, @PathVariable String reference, Model model) {
        if (!reference.matches("[A-Z0-9-]{1,20}")) {
            throw new NotFoundException("call");
        }
        FundCall call = calls.call(reference);
        model.addAttribute("call", call);
        model.addAttribute("open", call.openOn(calls.today()));
        model.addAttribute("maxAmount", Decimals.money(call.maxAmount(), call.currency(), lang));
        model.addAttribute("envelope", Decimals.money(call.envelope(), call.currency(), lang));
        return "fund/call";
    }

    @GetMapping("/" + LANG + "/support-fund/projects/{reference}")
    String project(@PathVariable Language lang, @PathVariable String reference, Model model) {
        if (!reference.matches("[A-Z0-9-]{1,20}")) {
            throw new NotFoundException("project");
        }
        FundRequest request = review.project(reference);
        FundViews.RequestView view = views.request(request, lang);
        model.addAttribute("project", view);
        List<ProjectPhoto> pictures = photos.of(request);
        model.addAttribute("photos", pictures);
        model.addAttribute("call", calls.find(request.callId()).orElse(null));
        model.addAttribute("mapData", json.writeValueAsString(view.latitude() == null ? List.of()
                : List.of(new Marker(view.itemName().text(), view.latitude(), view.longitude()))));
        model.addAttribute("mapSettings", mapSettings);
        model.addAttribute(org.turath.web.LinkedData.MODEL, linked.script(describe(request, view, pictures)));
        return "fund/project";
    }
}
