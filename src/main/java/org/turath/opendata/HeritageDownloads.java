package org.turath.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.turath.registry.HeritageQuery;
import org.turath.registry.HeritageSummary;
import org.turath.registry.ListParameters;
import org.turath.shared.Language;
import org.turath.shared.Slice;

import java.io.IOException;
import java.time.Duration;

/**
 * The List as files for maps and spreadsheets, with the List's own filters ({@link HeritageFiles}). The first page is
 * read before anything is written, so a filter the registry refuses is a clean 400, never half a file.
 */
@RestController
@Tag(name = "Heritage", description = "The Islamic World Heritage List")
class HeritageDownloads {

    private final HeritageFiles files;

    HeritageDownloads(HeritageFiles files) {
        this.files = files;
    }

    @GetMapping(path = "/api/v1/heritage.geojson", produces = "application/geo+json")
    @Operation(summary = "The List (filtered as /api/v1/heritage is) as a GeoJSON feature collection of located items")
    void geojson(ListParameters filters, HttpServletResponse response) throws IOException {
        HeritageQuery query = filters.toQuery(Language.DEFAULT).withLimit(HeritageFiles.PAGE);
        Slice<HeritageSummary> firstPage = files.firstPage(query);
        prepare(response, "application/geo+json", "turath-heritage.geojson");
        files.geojson(query, firstPage, response.getOutputStream());
    }

    @GetMapping(path = "/api/v1/heritage.csv", produces = "text/csv")
    @Operation(summary = "The List (filtered as /api/v1/heritage is) as CSV: UTF-8 with a BOM, names in three columns")
    void csv(ListParameters filters, HttpServletResponse response) throws IOException {
        HeritageQuery query = filters.toQuery(Language.DEFAULT).withLimit(HeritageFiles.PAGE);
        Slice<HeritageSummary> firstPage = files.firstPage(query);
        prepare(response, "text/csv;charset=UTF-8", "turath-heritage.csv");
        files.csv(query, firstPage, response.getOutputStream());
    }

    private static void prepare(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue());
    }
}
