package org.turath.opendata.oai;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.opendata.OpenDataSettings;
import org.turath.registry.CriterionInfo;
import org.turath.registry.HeritageDetail;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * A record's metadata as harvesters read it, rendered once when the record changes. A heritage item: simple Dublin Core
 * ({@code oai_dc}, every text in its three languages with {@code xml:lang}) and the Europeana Data Model ({@code edm}:
 * the item as a provided cultural heritage object, its place with coordinates, and the aggregation that says where
 * it is shown and under which licence).
 */
@Component
class RecordXml {

    /** Raised whenever what is rendered changes: rows of an older version are rendered again at start. */
    static final int FORMAT_VERSION = 2;

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String EDM = "http://www.europeana.eu/schemas/edm/";
    static final String ORE = "http://www.openarchives.org/ore/terms/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    /** Turath's own format: the whole public record (schema {@code /oai/turath-heritage-1.0.xsd}). */
    static final String TURATH = "urn:turath:heritage:1.0";
    static final String TURATH_SCHEMA = "/oai/turath-heritage-1.0.xsd";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final OpenDataSettings settings;
    private final MessageSource messages;

    RecordXml(OpenDataSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    String dublinCore(HeritageDetail item) {
        return write(xml -> {
            dublinCoreStart(xml, item.name(), item.description().plain());
            for (Language language : Language.values()) {
                xml(xml, DC, "type", kind(item, language), language);
            }
            for (CriterionInfo criterion : item.criteria()) {
                plain(xml, DC, "subject", criterion.key());
            }
            texts(xml, DC, "coverage", item.stateLabel());
            for (String state : item.states()) {
                plain(xml, DC, "coverage", state);
            }
            if (item.located()) {
                plain(xml, DC, "coverage", String.format(Locale.ROOT, "%.6f, %.6f", item.latitude(), item.longitude()));
            }
            if (item.inscriptionYear() != null) {
                plain(xml, DC, "date", item.inscriptionYear().toString());
            }
            plain(xml, DC, "identifier", item.reference());
            for (Language language : Language.values()) {
                plain(xml, DC, "identifier", pageUrl(item, language));
            }
            if (item.unescoIdNo() != null) {
                plain(xml, DC, "relation", unescoUrl(item));
            }
            for (Language language : Language.values()) {
                plain(xml, DC, "language", language.tag());
            }
            plain(xml, DC, "rights", settings.licenceUrl());
            xml.writeEndElement();
        });
    }

    /** The whole public record in Turath's own format, in the order its schema gives. */
    String turath(HeritageDetail item) {
        return write(xml -> {
            xml.writeStartElement("t", "heritage", TURATH);
            xml.writeNamespace("t", TURATH);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", TURATH + " " + settings.publicUrl() + TURATH_SCHEMA);
            plain(xml, TURATH, "reference", item.reference());
            texts(xml, TURATH, "name", item.name());
            plain(xml, TURATH, "kind", item.kind().name());
            plain(xml, TURATH, "status", item.status().name());
            for (String state : item.states()) {
                xml.writeEmptyElement(TURATH, "state");
                xml.writeAttribute("iso2", state.toUpperCase(Locale.ROOT));
            }
            texts(xml, TURATH, "statesLabel", item.stateLabel());
            for (String region : item.regions().stream().sorted().toList()) {
                plain(xml, TURATH, "region", region);
            }
            position(xml, item.latitude(), item.longitude());
            if (item.areaHectares() != null) {
                plain(xml, TURATH, "areaHectares", item.areaHectares().toPlainString());
            }
            if (item.inscriptionYear() != null) {
                plain(xml, TURATH, "inscriptionYear", String.format(Locale.ROOT, "%04d", item.inscriptionYear()));
            }
            texts(xml, TURATH, "description", item.description().plain());
            texts(xml, TURATH, "justification", item.justification().plain());
            texts(xml, TURATH, "communities", item.communities());
            texts(xml, TURATH, "safeguarding", item.safeguarding());
            for (CriterionInfo criterion : item.criteria()) {
                xml.writeStartElement(TURATH, "criterion");
                xml.writeAttribute("set", criterion.setCode());
                xml.writeAttribute("code", criterion.code());
                texts(xml, TURATH, "description", criterion.description());
                xml.writeEndElement();
            }
            int number = 0;
            for (HeritageDetail.ComponentInfo component : item.components()) {
                xml.writeStartElement(TURATH, "component");
                xml.writeAttribute("number", Integer.toString(++number));
                texts(xml, TURATH, "name", component.name());
                position(xml, component.latitude(), component.longitude());
                if (component.areaHectares() != null) {
                    plain(xml, TURATH, "areaHectares", component.areaHectares().toPlainString());
                }
                xml.writeEndElement();
            }
            for (HeritageDetail.StatusChangeInfo change : item.statusHistory()) {
                xml.writeStartElement(TURATH, "statusChange");
                xml.writeAttribute("status", change.status().name());
                if (change.effectiveDate() != null) {
                    xml.writeAttribute("date", change.effectiveDate().toString());
                    xml.writeAttribute("yearOnly", Boolean.toString(change.yearOnly()));
                }
                if (change.decisionRef() != null && !change.decisionRef().isBlank()) {
                    xml.writeAttribute("decision", Xml.clean(change.decisionRef()));
                }
                texts(xml, TURATH, "reason", change.reason());
                xml.writeEndElement();
            }
            if (item.unescoIdNo() != null) {
                xml.writeEmptyElement(TURATH, "unesco");
                xml.writeAttribute("idNo", item.unescoIdNo().toString());
                xml.writeAttribute("page", unescoUrl(item));
            }
            for (Language language : Language.values()) {
                xml(xml, TURATH, "page", pageUrl(item, language), language);
            }
            plain(xml, TURATH, "updated", item.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            plain(xml, TURATH, "rights", settings.licenceUrl());
            xml.writeEndElement();
        });
    }

    private static void position(XMLStreamWriter xml, Double latitude, Double longitude) throws XMLStreamException {
        if (latitude != null && longitude != null) {
            xml.writeEmptyElement(TURATH, "position");
            xml.writeAttribute("latitude", String.format(Locale.ROOT, "%.6f", latitude));
            xml.writeAttribute("longitude", String.format(Locale.ROOT, "%.6f", longitude));
        }
    }

    /** Opens an {@code oai_dc} record: its element and namespaces, then title, publisher (the centre) and description. */
    private void dublinCoreStart(XMLStreamWriter xml, LocalizedText title, LocalizedText description) throws XMLStreamException {
        xml.writeStartElement("oai_dc", "dc", OAI_DC);
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        texts(xml, DC, "title", title);
        for (Language language : Language.values()) {
            xml(xml, DC, "publisher", siteName(language), language);
        }
        texts(xml, DC, "description", description);
    }

    /** A publication in simple Dublin Core: its title and summary in each language, kind, language, year, pages. */
    String dublinCore(org.turath.library.PublicationChanged publication) {
        String path = "/publications/" + publication.id();
        return write(xml -> {
            dublinCoreStart(xml, publication.title(), publication.summary().plain());
            for (Language language : Language.values()) {
                xml(xml, DC, "type", messages.getMessage("library.kind." + publication.kind().name(), null,
                        publication.kind().name(), language.locale()), language);
            }
            plain(xml, DC, "type", "Text");
            if (publication.year() != null) {
                plain(xml, DC, "date", publication.year().toString());
            }
            if (publication.language() != null) {
                plain(xml, DC, "language", publication.language().tag());
            }
            for (Language language : Language.values()) {
                plain(xml, DC, "identifier", settings.publicUrl() + "/" + language.tag() + path);
            }
            plain(xml, DC, "rights", settings.licenceUrl());
            xml.writeEndElement();
        });
    }

    String dublinCore(org.turath.museums.MuseumChanged museum) {
        String path = "/museums/" + museum.reference();
        return write(xml -> {
            dublinCoreStart(xml, museum.name(), museum.description());
            for (Language language : Language.values()) {
                xml(xml, DC, "type", messages.getMessage("museums.kind." + museum.kind().name(), null, museum.kind().name(),
                        language.locale()), language);
            }
            texts(xml, DC, "coverage", museum.city());
            plain(xml, DC, "coverage", museum.state());
            if (museum.founded() != null) {
                plain(xml, DC, "date", museum.founded().toString());
            }
            for (Language language : Language.values()) {
                plain(xml, DC, "identifier", settings.publicUrl() + "/" + language.tag() + path);
            }
            if (museum.website() != null) {
                plain(xml, DC, "identifier", museum.website());
            }
            for (String reference : new java.util.TreeSet<>(museum.heritage())) {
                plain(xml, DC, "relation", settings.recordUri("heritage", reference));
            }
            plain(xml, DC, "rights", settings.licenceUrl());
            xml.writeEndElement();
        });
    }

    /** An object of a museum's collection in simple Dublin Core: its type, materials, inscription as written, museum and year. */
    String dublinCore(org.turath.collections.ObjectChanged object) {
        String path = "/collections/" + object.reference();
        return write(xml -> {
            dublinCoreStart(xml, object.title(), object.description());
            texts(xml, DC, "type", object.objectType());
            texts(xml, DC, "format", object.materials());
            if (object.inscription() != null) {
                plain(xml, DC, "description", object.inscription());
            }
            texts(xml, DC, "publisher", object.museum());
            if (object.state() != null) {
                plain(xml, DC, "coverage", object.state());
            }
            if (object.yearFrom() != null) {
                plain(xml, DC, "date", object.yearFrom().toString());
            }
            for (Language language : Language.values()) {
                plain(xml, DC, "identifier", settings.publicUrl() + "/" + language.tag() + path);
            }
            plain(xml, DC, "identifier", settings.publicUrl() + "/iiif/3/manifests/" + object.reference());
            for (String reference : new java.util.TreeSet<>(object.heritage())) {
                plain(xml, DC, "relation", settings.recordUri("heritage", reference));
            }
            plain(xml, DC, "rights", settings.licenceUrl());
            xml.writeEndElement();
        });
    }

    /** A public alert on a stolen or missing object in simple Dublin Core: the object, and what happened to it. */
    String dublinCore(org.turath.alerts.AlertChanged alert) {
        String path = "/alerts/" + alert.reference();
        return write(xml -> {
            dublinCoreStart(xml, alert.title(), alert.description());
            texts(xml, DC, "type", alert.objectType());
            texts(xml, DC, "format", alert.materials());
            texts(xml, DC, "date", alert.period());
            if (alert.inscription() != null) {
                plain(xml, DC, "description", alert.inscription());
            }
            for (Language language : Language.values()) {
                xml(xml, DC, "subject", messages.getMessage("alerts.event." + alert.event().name(), null, alert.event().name(),
                        language.locale()), language);
                xml(xml, DC, "subject", messages.getMessage("alerts.status." + alert.status().name(), null, alert.status().name(),
                        language.locale()), language);
            }
            plain(xml, DC, "coverage", alert.state());
            for (Language language : Language.values()) {
                plain(xml, DC, "identifier", settings.publicUrl() + "/" + language.tag() + path);
            }
            plain(xml, DC, "identifier", settings.publicUrl() + "/api/v1/alerts/" + alert.reference());
            plain(xml, DC, "rights", settings.licenceUrl());
            xml.writeEndElement();
        });
    }

    /** A published exhibition in simple Dublin Core: its title, introduction, kind, the heritage it shows. */
    String dublinCore(org.turath.exhibitions.ExhibitionChanged exhibition) {
        String path = "/exhibitions/" + exhibition.reference();
        return write(xml -> {
            dublinCoreStart(xml, exhibition.title(), exhibition.introduction());
            for (Language language : Language.values()) {
                xml(xml, DC, "type", messages.getMessage("exhibitions.kind." + exhibition.kind().name(), null, exhibition.kind().name(),
                        language.locale()), language);
            }
            for (String state : new java.util.TreeSet<>(exhibition.states())) {
                plain(xml, DC, "coverage", state);
            }
            for (Language language : Language.values()) {
                plain(xml, DC, "identifier", settings.publicUrl() + "/" + language.tag() + path);
            }
            for (String reference : new java.util.TreeSet<>(exhibition.heritage())) {
                plain(xml, DC, "relation", settings.recordUri("heritage", reference));
            }
            plain(xml, DC, "rights", settings.licenceUrl());
            xml.writeEndElement();
        });
    }

    /**
     * A published condition report in simple Dublin Core: the item and the date in its title, its summary and recommended
     * action, the condition, extent and factors as subjects, the state as coverage (never a position: a sensitive place
     * stays as coarse as the public pages show it), and the item it is about.
     */
    String dublinCore(org.turath.risk.ReportChanged report) {
        String path = "/heritage-at-risk/reports/" + report.id();
        return write(xml -> {
            java.util.function.Function<Language, String> title = language -> messages.getMessage("opendata.report.title",
                    new Object[]{report.itemName().resolve(language).map(org.turath.shared.Localized::text).orElse(report.itemReference()),
                            org.turath.shared.LocalizedDates.format(report.assessedOn(), language)}, language.locale());
            dublinCoreStart(xml, new LocalizedText(title.apply(Language.AR), title.apply(Language.EN), title.apply(Language.FR)),
                    report.summary());
            texts(xml, DC, "description", report.action());
            for (Language language : Language.values()) {
                xml(xml, DC, "type", messages.getMessage("opendata.report.type", null, language.locale()), language);
            }
            texts(xml, DC, "type", report.assessment());
            texts(xml, DC, "subject", report.condition());
            texts(xml, DC, "subject", report.extent());
            for (LocalizedText factor : report.factors()) {
                texts(xml, DC, "subject", factor);
            }
            plain(xml, DC, "date", report.assessedOn().toString());
            plain(xml, DC, "coverage", report.state());
            for (Language language : Language.values()) {
                plain(xml, DC, "identifier", settings.publicUrl() + "/" + language.tag() + path);
            }
            plain(xml, DC, "identifier", settings.publicUrl() + "/api/v1/reports/" + report.id());
            plain(xml, DC, "relation", settings.recordUri("heritage", report.itemReference()));
            plain(xml, DC, "rights", settings.licenceUrl());
            xml.writeEndElement();
        });
    }

    String europeana(HeritageDetail item) {
        String uri = settings.recordUri("heritage", item.reference());
        return write(xml -> {
            xml.writeStartElement("rdf", "RDF", RDF);
            xml.writeNamespace("rdf", RDF);
            xml.writeNamespace("dc", DC);
            xml.writeNamespace("dcterms", DCTERMS);
            xml.writeNamespace("edm", EDM);
            xml.writeNamespace("ore", ORE);
            xml.writeNamespace("skos", SKOS);
            xml.writeNamespace("wgs84_pos", WGS84);
            xml.writeNamespace("owl", OWL);

            xml.writeStartElement("edm", "ProvidedCHO", EDM);
            xml.writeAttribute("rdf", RDF, "about", uri);
            texts(xml, DC, "description", item.description().plain());
            plain(xml, DC, "identifier", item.reference());
            plain(xml, DC, "language", "mul");
            texts(xml, DC, "title", item.name());
            for (Language language : Language.values()) {
                xml(xml, DC, "type", kind(item, language), language);
            }
            if (item.inscriptionYear() != null) {
                plain(xml, DCTERMS, "created", item.inscriptionYear().toString());
            }
            if (item.located()) {
                resource(xml, DCTERMS, "spatial", uri + "#place");
            }
            plain(xml, EDM, "type", "TEXT");
            if (item.unescoIdNo() != null) {
                resource(xml, OWL, "sameAs", unescoUrl(item));
            }
            xml.writeEndElement();

            if (item.located()) {
                xml.writeStartElement("edm", "Place", EDM);
                xml.writeAttribute("rdf", RDF, "about", uri + "#place");
                plain(xml, WGS84, "lat", String.format(Locale.ROOT, "%.6f", item.latitude()));
                plain(xml, WGS84, "long", String.format(Locale.ROOT, "%.6f", item.longitude()));
                texts(xml, SKOS, "prefLabel", item.stateLabel());
                xml.writeEndElement();
            }

            xml.writeStartElement("ore", "Aggregation", ORE);
            xml.writeAttribute("rdf", RDF, "about", uri + "#aggregation");
            resource(xml, EDM, "aggregatedCHO", uri);
            for (Language language : Language.values()) {
                xml(xml, EDM, "dataProvider", siteName(language), language);
            }
            resource(xml, EDM, "isShownAt", pageUrl(item, Language.DEFAULT));
            for (Language language : Language.values()) {
                xml(xml, EDM, "provider", siteName(language), language);
            }
            resource(xml, EDM, "rights", settings.licenceUrl());
            xml.writeEndElement();

            xml.writeEndElement();
        });
    }

    private String pageUrl(HeritageDetail item, Language language) {
        return settings.publicUrl() + "/" + language.tag() + "/heritage/" + item.reference();
    }

    private static String unescoUrl(HeritageDetail item) {
        return "https://whc.unesco.org/en/list/" + item.unescoIdNo();
    }

    private String kind(HeritageDetail item, Language language) {
        String key = item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return messages.getMessage("heritage.kind." + key, null, item.kind().name(), language.locale());
    }

    private String siteName(Language language) {
        return messages.getMessage("site.name." + language.tag(), null, "Turath", language.locale());
    }

    /** One element per language the text has, each with its {@code xml:lang}. */
    private static void texts(XMLStreamWriter xml, String namespace, String name, LocalizedText text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        for (Language language : Language.values()) {
            Optional<String> value = text.in(language);
            if (value.isPresent()) {
                xml(xml, namespace, name, value.get(), language);
            }
        }
    }

    private static void xml(XMLStreamWriter xml, String namespace, String name, String value, Language language)
            throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        xml.writeStartElement(namespace, name);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.tag());
        xml.writeCharacters(Xml.clean(value));
        xml.writeEndElement();
    }

    private static void plain(XMLStreamWriter xml, String namespace, String name, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(Xml.clean(value));
        xml.writeEndElement();
    }

    private static void resource(XMLStreamWriter xml, String namespace, String name, String uri) throws XMLStreamException {
        xml.writeEmptyElement(namespace, name);
        xml.writeAttribute("rdf", RDF, "resource", uri);
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(2048);
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            body.write(xml);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a record's metadata", e);
        }
        return out.toString();
    }
}
