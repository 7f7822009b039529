package org.turath.opendata.oai;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.verbs.ListIdentifiers;
import io.gdcc.xoai.model.oaipmh.verbs.ListRecords;
import io.gdcc.xoai.xml.XmlWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.turath.geo.GeoApi;
import org.turath.opendata.OpenDataSettings;
import org.turath.shared.Language;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * OAI-PMH 2.0 at {@code /oai}, by GET or POST: the six verbs, their arguments and errors as GDCC's XOAI implements
 * them, over the open records (heritage items and publications; each public kind of record as its module lands).
 * Formats: {@code oai_dc}; for heritage items also {@code edm} (Europeana) and {@code turath} (the whole record,
 * schema at {@code /oai/turath-heritage-1.0.xsd}). Deleted records are kept ("persistent"); datestamps are to the
 * second.
 */
@Controller
class OaiEndpoint {

    static final String PATH = "/oai";

    private final DataProvider provider;
    private final RepositoryConfiguration configuration;
    private final MessageSource messages;
    private final GeoApi geo;

    OaiEndpoint(OpenRecords records, OpenDataSettings settings, MessageSource messages, GeoApi geo,
                @org.springframework.beans.factory.annotation.Value("${turath.open-data.oai.records-per-page:250}") int recordsPerPage,
                @org.springframework.beans.factory.annotation.Value("${turath.open-data.oai.identifiers-per-page:1000}") int identifiersPerPage) {
        this.messages = messages;
        this.geo = geo;
        // the earliest datestamp now is a lower bound for good: a record's datestamp only ever moves forward
        Instant earliest = records.earliest().orElseGet(() -> Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        // Lenient: says seconds in Identify, and takes days too, as the protocol asks of every repository
        this.configuration = new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName(messages.getMessage("site.name.en", null, "Turath", Locale.ENGLISH) + " (Turath)")
                .withBaseUrl(settings.publicUrl() + PATH)
                .withAdminEmail(settings.adminEmail())
                .withEarliestDate(earliest)
                .withDeleteMethod(DeletedRecord.PERSISTENT)
                .withGranularity(Granularity.Lenient)
                .withMaxListRecords(recordsPerPage)
                .withMaxListIdentifiers(identifiersPerPage)
                .withMaxListSets(1000)
                .withResumptionTokenFormat(new KeysetTokens())
                .build();
        OaiRepository repository = new OaiRepository(records, this::setName);
        Context context = new Context()
                .withMetadataFormat(MetadataFormat.metadataFormat("oai_dc")
                        .withNamespace(RecordXml.OAI_DC)
                        .withSchemaLocation("http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
                        .withTransformer(MetadataFormat.identity()))
                .withMetadataFormat(MetadataFormat.metadataFormat("edm")
                        .withNamespace(RecordXml.EDM)
                        .withSchemaLocation("http://www.europeana.eu/schemas/edm/EDM.xsd")
                        .withTransformer(MetadataFormat.identity()))
                .withMetadataFormat(MetadataFormat.metadataFormat("turath")
                        .withNamespace(RecordXml.TURATH)
                        .withSchemaLocation(settings.publicUrl() + RecordXml.TURATH_SCHEMA)
                        .withTransformer(MetadataFormat.identity()));
        this.provider = new DataProvider(context, new Repository(configuration)
                .withItemRepository(repository).withSetRepository(repository));
    }

    @RequestMapping(path = PATH, method = {RequestMethod.GET, RequestMethod.POST})
    // no transaction around it: a page is read whole before a byte is written, so a slow harvester holds no connection
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OAIPMH answer = provider.handle(request.getParameterMap());
        showCursor(answer);
        response.setContentType("text/xml;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        // XOAI flushes its writer around every record it copies: on the response itself that would be a network write
        // (and a compressor flush) per record, so the answer is buffered and sent in large writes
        Buffered body = new Buffered(response.getOutputStream());
        try (XmlWriter xml = new XmlWriter(body, configuration)) {
            xml.writeStartDocument("UTF-8", "1.0");
            answer.write(xml);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the OAI-PMH answer", e);
        }
        body.send();
    }

    /** A buffer in front of the response whose {@code flush()} waits: it sends when full and when told to. */
    private static final class Buffered extends java.io.BufferedOutputStream {

        Buffered(OutputStream response) {
            super(response, 1 << 16);
        }

        @Override
        public void flush() {
            // held until send()
        }

        @Override
        public void close() {
            // the response is closed by the container, after send()
        }

        void send() throws IOException {
            super.flush();
        }
    }

    /** The schema of Turath's own format, as its records name it. */
    @org.springframework.web.bind.annotation.GetMapping(path = RecordXml.TURATH_SCHEMA, produces = "application/xml")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> schema() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_XML)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
                .body(new org.springframework.core.io.ClassPathResource("oai/turath-heritage-1.0.xsd"));
    }

    /** The token's {@code cursor} attribute as the protocol means it: how many records came before this page. */
    private static void showCursor(OAIPMH answer) {
        ResumptionToken token = answer.getVerb() instanceof ListRecords records ? records.getResumptionToken()
                : answer.getVerb() instanceof ListIdentifiers identifiers ? identifiers.getResumptionToken() : null;
        if (token != null && token.getCursor() != null) {
            token.withCursor(KeysetTokens.countOf(token.getCursor()));
        }
    }

    /** A set's name in the three languages, Arabic first: "Morocco" for {@code state:MA}, the kind's name, … */
    private String setName(String spec) {
        int colon = spec.indexOf(':');
        String group = colon < 0 ? spec : spec.substring(0, colon);
        String member = colon < 0 ? null : spec.substring(colon + 1);
        if ("state".equals(group) && member != null) {
            return geo.country(member).map(country -> Stream.of(Language.values()).map(country::name)
                    .collect(Collectors.joining(" · "))).orElse(member);
        }
        String key = member == null ? "opendata.set." + group
                : ("kind".equals(group) ? "heritage.kind." : "heritage.status.") + member;
        return Stream.of(Language.values()).map(language -> messages.getMessage(key, null, spec, language.locale()))
                .distinct().collect(Collectors.joining(" · "));
    }
}
