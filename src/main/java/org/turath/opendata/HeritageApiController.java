package org.turath.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.turath.registry.HeritageDetail;
import org.turath.registry.ListParameters;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.shared.RequestParameters;
import org.turath.shared.NotFoundException;

import java.time.Duration;

/** The Islamic World Heritage List as JSON: cursor-paged list and items by reference number. */
@RestController
@RequestMapping(path = "/api/v1/heritage", produces = "application/json")
@Tag(name = "Heritage", description = "The Islamic World Heritage List")
class HeritageApiController {

    private final RegistryApi registry;
    private final org.turath.registry.HeritageLinkedData linkedData;
    private final org.turath.web.LinkedData linked;

    HeritageApiController(RegistryApi registry, org.turath.registry.HeritageLinkedData linkedData, org.turath.web.LinkedData linked) {
        this.registry = registry;
        this.linkedData = linkedData;
        this.linked = linked;
    }

    @GetMapping
    @Operation(summary = "List heritage items",
            description = "Keyset-paged: follow `next` (an opaque cursor) until it is null. Filters combine. "
                    + "Malformed values answer 400 with an application/problem+json document.")
    HeritageResource.Page list(
            @Parameter(description = "ISO 3166-1 alpha-2 code of a state, e.g. MA") String state,
            @Parameter(description = "TANGIBLE_CULTURAL, NATURAL, MIXED, INTANGIBLE, UNDERWATER or INDUSTRIAL") String kind,
            @Parameter(description = "PRELIMINARY, NOMINATED, INSCRIBED, IN_DANGER or DELISTED") String status,
            @Parameter(description = "criterion as SET:code, e.g. UNESCO:iv") String criterion,
            @Parameter(description = "year of inscription, e.g. 2023") String year,
            @Parameter(description = "true: only items in danger") String danger,
            @Parameter(description = "NAME (in `lang`) or YEAR (newest first)") String sort,
            @Parameter(description = "cursor from the previous page's `next`") String cursor,
            @Parameter(description = "page size, 1 to 100 (default 24)") String limit,
            @Parameter(description = "language whose alphabetical order NAME follows: ar, en or fr (default ar)") String lang) {
        Language language = RequestParameters.language(lang);
        var parameters = new ListParameters(state, kind, status, criterion, year, danger, sort, cursor, limit);
        var page = registry.list(parameters.toQuery(language));
        return new HeritageResource.Page(page.items().stream().map(HeritageResource.Summary::of).toList(),
                page.nextCursor().orElse(null));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One heritage item by its reference number, e.g. IWH-0042")
    ResponseEntity<HeritageResource.Detail> item(@PathVariable String reference, WebRequest request) {
        HeritageDetail item = registry.find(reference).orElseThrow(() -> new NotFoundException("heritage item"));
        String etag = "\"" + item.reference() + "-" + item.version() + "\"";
        if (request.checkNotModified(etag, item.updatedAt().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(HeritageResource.Detail.of(item));
    }

    @GetMapping(path = {"/{reference}.jsonld", "/{reference}"}, produces = org.turath.web.LinkedData.MEDIA_TYPE)
    @Operation(summary = "One heritage item as JSON-LD (schema.org), also by asking its address for application/ld+json")
    ResponseEntity<String> linkedData(@PathVariable String reference) {
        HeritageDetail item = registry.find(reference).orElseThrow(() -> new NotFoundException("heritage item"));
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(org.turath.web.LinkedData.MEDIA_TYPE))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .varyBy(org.springframework.http.HttpHeaders.ACCEPT)
                .body(linked.document(linkedData.describe(item, registry.images(reference))));
    }
}
