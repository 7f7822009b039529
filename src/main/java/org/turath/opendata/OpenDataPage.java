package org.turath.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.shared.Language;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The open-data page in the portal's frame and language: what the API gives, how to page through it, where its
 * description and its explorer are. The OpenAPI description itself is titled as Turath's.
 */
@Controller
class OpenDataPage {

    private final org.turath.registry.RegistryApi registry;
    private final OpenDataSettings settings;
    private final OpenDataDumps dumps;

    OpenDataPage(org.turath.registry.RegistryApi registry, OpenDataSettings settings, OpenDataDumps dumps) {
        this.registry = registry;
        this.settings = settings;
        this.dumps = dumps;
    }

    @GetMapping("/" + LANG + "/open-data")
    String page(@PathVariable Language lang, org.springframework.ui.Model model) {
        // a real item for the example address: the first of the List in the reader's order
        model.addAttribute("example", registry.list(org.turath.registry.HeritageQuery.all(lang).withLimit(1)).items().stream()
                .findFirst().map(org.turath.registry.HeritageSummary::reference).orElse(null));
        model.addAttribute("dumps", dumps.current());
        model.addAttribute("licenceName", settings.licenceName());
        model.addAttribute("licenceUrl", settings.licenceUrl());
        return "opendata/open-data";
    }

    /** A complete file of the open data, as written last (gzipped; its size and SHA-256 are on the page). */
    @GetMapping("/open-data/files/{name}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> dump(@PathVariable String name) {
        OpenDataDumps.Dump dump = OpenDataDumps.Format.named(name).flatMap(dumps::current)
                .orElseThrow(() -> new org.turath.shared.NotFoundException("file"));
        java.nio.file.Path file = dumps.file(dump);
        if (!java.nio.file.Files.isReadable(file)) {
            throw new org.turath.shared.NotFoundException("file");
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/gzip"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
                .eTag("\"" + dump.sha256() + "\"")
                .lastModified(dump.created())
                .cacheControl(org.springframework.http.CacheControl.noCache())
                .body(new org.springframework.core.io.FileSystemResource(file));
    }

    @Bean
    OpenAPI turathApi() {
        return new OpenAPI().info(new Info()
                .title("Turath — Heritage of the Islamic World: open data API")
                .description("The Islamic World Heritage List as JSON: every published heritage item with its names in "
                        + "Arabic, English and French, its kind, status, states, inscription year and location; search with "
                        + "facets and map markers. Lists page with keyset cursors (follow `next`); errors are RFC 9457 "
                        + "problem documents. Descriptions of the List come from the UNESCO World Heritage Centre where noted.")
                .version("v1")
                .license(new License().name("Reuse with attribution").url("/en/open-data")));
    }

    /** This page, for sitemaps. */
    @org.springframework.context.annotation.Bean
    static org.turath.web.PublicPages opendataLandings() {
        return org.turath.web.PublicPages.landingsOnly("open-data", "/open-data");
    }
}
