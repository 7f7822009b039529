package org.turath.partners.web;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.geo.GeoApi;
import org.turath.partners.PartnerKind;
import org.turath.partners.domain.Partner;
import org.turath.partners.internal.PartnerDesk;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.LinkedData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.turath.web.WebConfiguration.LANG;

/**
 * Who the centre works with, for the public: partners party to a concluded agreement, filtered by kind and country,
 * and each partner's page with its agreements and what came of them — without contacts, signed documents, or amounts
 * an agreement does not make public.
 */
@Controller
class PartnerPages {

    private static final int PAGE = 30;

    private final PartnerDesk desk;
    private final PartnerViews views;
    private final GeoApi geo;
    private final LinkedData linked;

    PartnerPages(PartnerDesk desk, PartnerViews views, GeoApi geo, LinkedData linked) {
        this.desk = desk;
        this.views = views;
        this.geo = geo;
        this.linked = linked;
    }

    @GetMapping("/" + LANG + "/partners")
    String list(@PathVariable Language lang, @RequestParam(name = "kind", required = false) String kind,
                @RequestParam(name = "country", required = false) String country,
                @RequestParam(name = "cursor", required = false) String cursor, Model model) {
        String kindFilter = kind == null || kind.isBlank() ? "" : RequestParameters.enumValue(PartnerKind.class, kind, "kind").name();
        String countryFilter = country == null || country.isBlank() ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (!countryFilter.isEmpty() && (!countryFilter.matches("[A-Z]{2}") || geo.country(countryFilter).isEmpty())) {
            throw new InvalidRequestException("country");
        }
        Slice<Partner> page = desk.shownPartners(kindFilter, countryFilter, lang, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("kind", kindFilter.isEmpty() ? null : kindFilter);
        model.addAttribute("country", countryFilter.isEmpty() ? null : countryFilter);
        model.addAttribute("countryName", countryFilter.isEmpty() ? null : geo.country(countryFilter).get().name(lang));
        String query = (kindFilter.isEmpty() ? "" : "&kind=" + kindFilter) + (countryFilter.isEmpty() ? "" : "&country=" + countryFilter);
        model.addAttribute("filterQuery", query);
        return "partners/list";
    }

    @GetMapping("/" + LANG + "/partners/{slug}")
    String partner(@PathVariable Language lang, @PathVariable String slug, Model model) {
        Partner partner = (slug.matches("[a-z0-9-]{1,80}") ? desk.shownPartner(slug) : java.util.Optional.<Partner>empty())
                .orElseThrow(() -> new NotFoundException("partner"));
        model.addAttribute("card", views.cards(java.util.List.of(partner), lang).get(0));
        model.addAttribute("agreements", views.agreements(desk.shownAgreements(partner.id()), lang, true));
        model.addAttribute(LinkedData.MODEL, linked.script(describe(partner)));
        return "partners/partner";
    }

    /** The partner as schema.org describes an organisation, its names tagged with their languages. */
    private Map<String, Object> describe(Partner partner) {
        String path = "/partners/" + partner.slug();
        Map<String, Object> thing = linked.thing(partner.kind() == PartnerKind.UNIVERSITY ? "CollegeOrUniversity"
                : partner.kind() == PartnerKind.GOVERNMENT ? "GovernmentOrganization"
                : partner.kind() == PartnerKind.MUSEUM ? "Museum" : "Organization", "/" + Language.DEFAULT.tag() + path);
        thing.put("name", LinkedData.texts(partner.name()));
        thing.put("alternateName", partner.acronym());
        thing.put("description", LinkedData.texts(partner.summary()));
        thing.put("url", partner.website());
        thing.put("mainEntityOfPage", linked.pages(path));
        // the centre publishes the partner's entry, as it does a museum's
        thing.put("publisher", linked.publisher());
        thing.put("logo", partner.logo() == null ? null : linked.absolute("/partners/logo/" + partner.slug() + ".png"));
        thing.put("address", partner.country() == null ? null : Map.of("@type", "PostalAddress", "addressCountry", partner.country()));
        return thing;
    }

    @GetMapping("/partners/logo/{file}")
    ResponseEntity<Resource> logo(@PathVariable String file) {
        if (!file.matches("[a-z0-9-]{1,80}\\.png")) {
            throw new NotFoundException("logo");
        }
        Partner partner = desk.shownPartner(file.substring(0, file.length() - 4)).orElseThrow(() -> new NotFoundException("logo"));
        Path path = desk.logoFile(partner).filter(Files::exists).orElseThrow(() -> new NotFoundException("logo"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .header("X-Content-Type-Options", "nosniff").body(new FileSystemResource(path));
    }
}
