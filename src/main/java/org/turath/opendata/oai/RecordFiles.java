package org.turath.opendata.oai;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.turath.opendata.OpenDataSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The complete files of one kind of public record (museums, objects, exhibitions, alerts, condition reports,
 * publications) as CSV and as JSON-LD, written from the harvestable copy ({@code open_record}): the same records, in
 * the same Dublin Core terms, that OAI-PMH serves — so a dump and a harvest never disagree, and no module is asked for
 * its records twice. Read a page at a time in harvest order; nothing holds the set in memory.
 */
@Component
public class RecordFiles {

    private static final int PAGE = 500;
    /** The Dublin Core elements a record may carry, in the order CSV columns give them. */
    private static final List<String> ELEMENTS = List.of("creator", "subject", "publisher", "contributor", "date", "type", "format",
            "identifier", "source", "language", "relation", "coverage", "rights");
    private static final List<String> LANGUAGES = List.of("ar", "en", "fr");
    private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();

    static {
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** A value of an element: its text and the language it is in (empty for none). */
    private record Value(String text, String language) {
    }

    /** One record as the files write it: its address, when it last changed, and its elements' values. */
    private record Entry(String uri, Instant modified, Map<String, List<Value>> elements) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OpenDataSettings settings;

    RecordFiles(JdbcClient jdbc, JsonMapper json, OpenDataSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
    }

    /**
     * The public records of {@code type} as CSV (UTF-8 with a byte-order mark, so spreadsheets read Arabic): the title
     * and description in each language, then each Dublin Core element, several values joined by " | ". Returns how many.
     */
    public long csv(String type, OutputStream body) throws IOException {
        Writer writer = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<String> header = new ArrayList<>(List.of("uri", "modified"));
        LANGUAGES.forEach(language -> header.add("title_" + language));
        LANGUAGES.forEach(language -> header.add("description_" + language));
        header.addAll(ELEMENTS);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        long written = each(type, entry -> {
            List<String> row = new ArrayList<>(List.of(entry.uri(), entry.modified().toString()));
            LANGUAGES.forEach(language -> row.add(cell(inLanguage(entry, "title", language))));
            LANGUAGES.forEach(language -> row.add(cell(inLanguage(entry, "description", language))));
            for (String element : ELEMENTS) {
                row.add(cell(String.join(" | ", entry.elements().getOrDefault(element, List.of()).stream().map(Value::text).toList())));
            }
            try {
                csv.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> {
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.close(true);
        return written;
    }

    /**
     * The public records of {@code type} as JSON-LD in Dublin Core terms: each record named by its address, its texts as
     * values tagged with their language, the licence of the whole. Returns how many.
     */
    public long jsonld(String type, OutputStream body) throws IOException {
        long written;
        try (JsonGenerator out = json.createGenerator(body)) {
            out.writeStartObject();
            out.writeName("@context");
            out.writeStartObject();
            out.writeStringProperty("dc", "http://purl.org/dc/elements/1.1/");
            out.writeStringProperty("dcterms", "http://purl.org/dc/terms/");
            out.writeEndObject();
            out.writeName("@graph");
            out.writeStartArray();
            written = each(type, entry -> {
                out.writeStartObject();
                out.writeStringProperty("@id", entry.uri());
                out.writeName("dcterms:modified");
                out.writeStartObject();
                out.writeStringProperty("@value", entry.modified().toString());
                out.writeStringProperty("@type", "http://www.w3.org/2001/XMLSchema#dateTime");
                out.writeEndObject();
                entry.elements().forEach((element, values) -> {
                    out.writeName("dc:" + element);
                    out.writeStartArray();
                    for (Value value : values) {
                        if (value.language().isEmpty()) {
                            out.writeString(value.text());
                        } else {
                            out.writeStartObject();
                            out.writeStringProperty("@value", value.text());
                            out.writeStringProperty("@language", value.language());
                            out.writeEndObject();
                        }
                    }
                    out.writeEndArray();
                });
                out.writeEndObject();
            }, out::flush);
            out.writeEndArray();
            out.writeName("dcterms:license");
            out.writeStartObject();
            out.writeStringProperty("@id", settings.licenceUrl());
            out.writeEndObject();
            out.writeEndObject();
        }
        return written;
    }

    /** Every public record of {@code type}, in harvest order, a page at a time; {@code pageDone} after each page. */
    private long each(String type, Consumer<Entry> entry, Runnable pageDone) {
        long after = -1;
        long count = 0;
        List<Object[]> page;
        do {
            page = jdbc.sql("""
                            select seq, identifier, datestamp, oai_dc from open_record
                            where record_type = :type and deleted = false and seq > :after order by seq
                            limit :page""")
                    .param("type", type).param("after", after).param("page", PAGE)
                    .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getTimestamp(3), rs.getString(4)})
                    .list();
            for (Object[] row : page) {
                after = (Long) row[0];
                if (row[3] == null) {
                    continue;
                }
                Map<String, List<Value>> elements = elements((String) row[3]);
                entry.accept(new Entry(address(elements, (String) row[1]), ((Timestamp) row[2]).toInstant(), elements));
                count++;
            }
            pageDone.run();
        } while (page.size() == PAGE);
        return count;
    }

    /** The record's page, as its first web identifier gives it, else its OAI identifier. */
    private static String address(Map<String, List<Value>> elements, String identifier) {
        return elements.getOrDefault("identifier", List.of()).stream().map(Value::text)
                .filter(text -> text.startsWith("https://") || text.startsWith("http://")).findFirst().orElse(identifier);
    }

    /** The Dublin Core elements of an {@code oai_dc} document, each with its values in their order. */
    private static Map<String, List<Value>> elements(String oaiDc) {
        Map<String, List<Value>> elements = new LinkedHashMap<>();
        try {
            XMLStreamReader xml = INPUT.createXMLStreamReader(new StringReader(oaiDc));
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && RecordXml.DC.equals(xml.getNamespaceURI())) {
                        String name = xml.getLocalName();
                        String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        String text = xml.getElementText().strip();
                        if (!text.isEmpty()) {
                            elements.computeIfAbsent(name, n -> new ArrayList<>()).add(new Value(text, language == null ? "" : language));
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a harvestable record that is not XML", e);
        }
        return elements;
    }

    private static String inLanguage(Entry entry, String element, String language) {
        return entry.elements().getOrDefault(element, List.of()).stream().filter(v -> v.language().equals(language))
                .map(Value::text).findFirst().orElse(null);
    }

    /** A value made harmless for spreadsheets: a leading formula sign is quoted away. */
    private static String cell(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
