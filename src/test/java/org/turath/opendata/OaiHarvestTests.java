package org.turath.opendata;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.registry.PublicationState;
import org.turath.registry.internal.editing.HeritageEditor;
import org.turath.support.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A harvester's view of {@code /oai}, through the real server and with nothing of ours on the client side: plain
 * HTTP, the JDK's XML parser, and every answer in {@code oai_dc} validated against the OAI-PMH and Dublin Core
 * schemas. Walks the whole repository by resumption tokens and checks it got every public record exactly once.
 */
@IntegrationTest
class OaiHarvestTests extends OverHttp {

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final Schema SCHEMA = schema();

    @Autowired
    HeritageEditor editor;

    @Autowired
    org.turath.library.internal.LibraryDesk library;

    @Autowired
    org.turath.documents.PdfRenderer pdfs;

    @Autowired
    org.turath.collections.CollectionsFixture collections;

    @Autowired
    org.turath.risk.RiskFixture risk;

    @Autowired
    org.turath.opendata.OpenDataSettings settings;

    @Test
    void aHarvestWalksEveryPublicRecordExactlyOnceAndEveryPageIsValid() throws Exception {
        // one published object at least, and one that is not: only the first is harvested
        String s = org.turath.collections.CollectionsFixture.suffix();
        var museum = collections.museum(s);
        collections.ewer(museum, "oai-object-" + s + "-0", true);
        collections.ewer(museum, "oai-object-" + s + "-1", false);
        // a published condition report is harvested; a draft one is not
        var report = risk.published(org.turath.risk.RiskFixture.content(registry.referenceOf(170), "poor",
                List.of(new org.turath.risk.domain.ReportContent.Cause("3.5.9", "high")), false));
        risk.desk.create(org.turath.risk.RiskFixture.SECRETARIAT, java.util.Optional.empty(),
                org.turath.risk.RiskFixture.content(registry.referenceOf(170), "fair", List.of(), false));
        Set<String> published = new HashSet<>(registry.jdbc().queryForList(
                "select reference from heritage_item where publication = 'PUBLISHED'", String.class));
        assertThat(published).hasSizeGreaterThan(200);

        List<String> live = new ArrayList<>();
        List<String> publications = new ArrayList<>();
        List<String> museums = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        List<String> exhibitions = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        int pages = 0;
        String query = "verb=ListRecords&metadataPrefix=oai_dc";
        Long completeListSize = null;
        while (query != null) {
            Document page = valid(get(query));
            pages++;
            for (Element record : elements(page, OAI, "record")) {
                Element header = first(record, OAI, "header");
                if (!"deleted".equals(header.getAttribute("status"))) {
                    String identifier = text(header, OAI, "identifier");
                    (identifier.contains(":heritage/") ? live : identifier.contains(":museum/") ? museums
                            : identifier.contains(":object/") ? objects : identifier.contains(":alert/") ? alerts
                            : identifier.contains(":exhibition/") ? exhibitions : identifier.contains(":report/") ? reports : publications)
                            .add(identifier.substring(identifier.lastIndexOf('/') + 1));
                    assertThat(elements(record, DC, "title")).as(identifier).isNotEmpty();
                }
            }
            Element token = firstOrNull(page, OAI, "resumptionToken");
            if (token != null) {
                completeListSize = Long.valueOf(token.getAttribute("completeListSize"));
                assertThat(Long.valueOf(token.getAttribute("cursor"))).as("records before this page").isEqualTo((pages - 1) * 40L);
            }
            query = token == null || token.getTextContent().isBlank() ? null
                    : "verb=ListRecords&resumptionToken=" + URLEncoder.encode(token.getTextContent(), StandardCharsets.UTF_8);
        }
        assertThat(pages).as("40 records a page in the tests").isGreaterThan(5);
        assertThat(live).as("no record twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(live)).as("every published item, nothing else").isEqualTo(published);
        assertThat(publications).as("no publication twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(publications)).as("every published publication, nothing else").isEqualTo(new HashSet<>(
                registry.jdbc().queryForList("select cast(id as varchar(36)) from publication where published = true", String.class)));
        assertThat(museums).as("no museum twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(museums)).as("every published museum, nothing else").isEqualTo(new HashSet<>(
                registry.jdbc().queryForList("select cast(id as varchar(36)) from museum where published = true", String.class)));
        assertThat(objects).as("no object twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(objects)).as("every published object, nothing else").isNotEmpty().isEqualTo(new HashSet<>(
                registry.jdbc().queryForList("select cast(id as varchar(36)) from collection_object where published = true", String.class)));
        assertThat(alerts).as("no alert twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(alerts)).as("every public alert, nothing else").isEqualTo(new HashSet<>(registry.jdbc().queryForList(
                "select cast(id as varchar(36)) from object_alert where stage = 'PUBLISHED' and status <> 'WITHDRAWN'", String.class)));
        assertThat(exhibitions).as("no exhibition twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(exhibitions)).as("every published exhibition, nothing else").isEqualTo(new HashSet<>(
                registry.jdbc().queryForList("select cast(id as varchar(36)) from exhibition where published = true", String.class)));
        assertThat(reports).as("no report twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(reports)).as("every published condition report, nothing else").contains(report.id().toString())
                .isEqualTo(new HashSet<>(registry.jdbc().queryForList(
                        "select cast(id as varchar(36)) from risk_report where status = 'PUBLISHED'", String.class)));
        assertThat(completeListSize).isGreaterThanOrEqualTo(published.size() + publications.size() + museums.size() + objects.size()
                + alerts.size() + exhibitions.size() + reports.size());

        // a report reads as the public page does: the item and the date in three languages, the factors; no position
        String reportIdentifier = "verb=GetRecord&metadataPrefix=oai_dc&identifier="
                + URLEncoder.encode(settings.oaiIdentifier("report", report.id().toString()), StandardCharsets.UTF_8);
        Document reportRecord = valid(get(reportIdentifier));
        assertThat(elements(reportRecord, DC, "title").stream().map(Element::getTextContent).toList())
                .anySatisfy(title -> assertThat(title).startsWith("State of conservation of "))
                .anySatisfy(title -> assertThat(title).startsWith("حالة صون "));
        assertThat(elements(reportRecord, DC, "subject").stream().map(Element::getTextContent).toList())
                .anySatisfy(subject -> assertThat(subject).contains("3.5"));
        assertThat(elements(reportRecord, DC, "relation").get(0).getTextContent()).endsWith("/" + registry.referenceOf(170));
        assertThat(elements(reportRecord, DC, "coverage").stream().map(Element::getTextContent).toList()).doesNotHaveDuplicates()
                .allSatisfy(coverage -> assertThat(coverage).matches("[A-Z]{2}"));
        // taken back to its author, it leaves the harvest as a deleted record
        risk.desk.returnToAuthor(org.turath.risk.RiskFixture.SECRETARIAT, report.id(), risk.version(report.id()), "Check the extent.");
        assertThat(first(valid(get(reportIdentifier)).getDocumentElement(), OAI, "header").getAttribute("status")).isEqualTo("deleted");

        // the same walk by identifiers only, and a token is good for another request (idempotent)
        Document identifiers = valid(get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=heritage"));
        String token = text(identifiers.getDocumentElement(), OAI, "resumptionToken");
        String again = "verb=ListIdentifiers&resumptionToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        assertThat(withoutDate(get(again))).isEqualTo(withoutDate(get(again)));
        assertThat(elements(valid(get(again)), OAI, "header")).isNotEmpty();
    }

    @Test
    void theSixVerbsAnswerAsTheProtocolSaysAndMistakesGetTheirErrorCodes() throws Exception {
        Document identify = valid(get("verb=Identify"));
        assertThat(text(identify.getDocumentElement(), OAI, "protocolVersion")).isEqualTo("2.0");
        assertThat(text(identify.getDocumentElement(), OAI, "deletedRecord")).isEqualTo("persistent");
        assertThat(text(identify.getDocumentElement(), OAI, "granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(text(identify.getDocumentElement(), OAI, "baseURL")).endsWith("/oai");

        Document formats = valid(get("verb=ListMetadataFormats"));
        assertThat(elements(formats, OAI, "metadataPrefix").stream().map(Element::getTextContent)).contains("oai_dc", "edm", "turath");
        HttpResponse<String> schema = http.get("/oai/turath-heritage-1.0.xsd");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("targetNamespace=\"urn:turath:heritage:1.0\"");

        Document sets = valid(get("verb=ListSets"));
        Map<String, String> names = new HashMap<>();
        for (Element set : elements(sets, OAI, "set")) {
            names.put(text(set, OAI, "setSpec"), text(set, OAI, "setName"));
        }
        assertThat(names).containsKeys("heritage", "state", "state:MA", "kind", "kind:natural", "status:in-danger");
        assertThat(names.get("state:MA")).contains("المغرب", "Morocco", "Maroc");
        assertThat(names.get("heritage")).contains("Heritage items", "Éléments du patrimoine");

        // one state's set holds only that state's items
        String fez = registry.referenceOf(170);
        Document morocco = valid(get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=state:MA"));
        List<String> moroccan = elements(morocco, OAI, "identifier").stream().map(Element::getTextContent).toList();
        assertThat(moroccan).anyMatch(identifier -> identifier.endsWith("/" + fez));
        assertThat(moroccan).hasSizeLessThan(20);

        String identifier = moroccan.stream().filter(id -> id.endsWith("/" + fez)).findFirst().orElseThrow();
        Document record = valid(get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier));
        assertThat(elements(record, DC, "title").stream().map(title -> title.getAttributeNS(XMLConstants.XML_NS_URI, "lang")))
                .contains("ar", "en", "fr");
        assertThat(elements(record, DC, "identifier").stream().map(Element::getTextContent)).contains(fez)
                .anyMatch(address -> address.endsWith("/en/heritage/" + fez));

        // ours: the whole record, valid against the schema it names
        Document whole = valid(get("verb=GetRecord&metadataPrefix=turath&identifier=" + identifier));
        String ours = "urn:turath:heritage:1.0";
        assertThat(text(whole.getDocumentElement(), ours, "reference")).isEqualTo(fez);
        assertThat(elements(whole, ours, "state").get(0).getAttribute("iso2")).isEqualTo("MA");
        assertThat(elements(whole, ours, "criterion")).isNotEmpty();
        assertThat(elements(whole, ours, "page")).hasSize(3);
        valid(get("verb=ListRecords&metadataPrefix=turath&set=state:MA"));

        // Europeana's model: the object, its place and the aggregation with its rights
        Document edm = parse(get("verb=GetRecord&metadataPrefix=edm&identifier=" + identifier));
        String edmNs = "http://www.europeana.eu/schemas/edm/";
        assertThat(elements(edm, edmNs, "ProvidedCHO")).hasSize(1);
        assertThat(elements(edm, edmNs, "type").get(0).getTextContent()).isEqualTo("TEXT");
        assertThat(elements(edm, edmNs, "rights").get(0).getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "resource"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(elements(edm, edmNs, "isShownAt")).hasSize(1);
        assertThat(elements(edm, "http://www.w3.org/2003/01/geo/wgs84_pos#", "lat")).hasSize(1);

        assertThat(error(get("verb=Explain"))).isEqualTo("badVerb");
        assertThat(error(get("verb=GetRecord&identifier=" + identifier))).isEqualTo("badArgument");
        assertThat(error(get("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday"))).isEqualTo("badArgument");
        assertThat(error(get("verb=ListRecords&metadataPrefix=marc21"))).isEqualTo("cannotDisseminateFormat");
        assertThat(error(get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nowhere:heritage/IWH-9999"))).isEqualTo("idDoesNotExist");
        assertThat(error(get("verb=ListRecords&resumptionToken=not-ours"))).isEqualTo("badResumptionToken");
        assertThat(error(get("verb=ListRecords&metadataPrefix=oai_dc&set=state:XX"))).isEqualTo("noRecordsMatch");
        String future = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(error(get("verb=ListRecords&metadataPrefix=oai_dc&from=" + future))).as("XOAI: a date to come is no date").isEqualTo("badArgument");
        assertThat(error(get("verb=ListRecords&metadataPrefix=oai_dc&from=2001-01-01&until=2001-12-31"))).isEqualTo("noRecordsMatch");

        // questions by POST are answered the same, without a form token
        HttpResponse<String> posted = http.postWith("/oai", Map.of("verb", "Identify"));
        assertThat(posted.statusCode()).isEqualTo(200);
        valid(posted.body());
    }

    @Test
    void anItemTakenOffThePublicListIsHarvestedAsDeletedAndADraftNeverShows() throws Exception {
        String reference = registry.referenceOf(499);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Actor secretariat = new Actor("secretariat.oai@example.org", Set.of(Role.SECRETARIAT), Set.of());
        long version = editor.open(secretariat, reference).item().version();
        editor.move(secretariat, reference, PublicationState.ARCHIVED, version);
        try {
            Document changes = valid(get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + before));
            Element header = elements(changes, OAI, "header").stream()
                    .filter(h -> text(h, OAI, "identifier").endsWith("/" + reference)).findFirst().orElseThrow();
            assertThat(header.getAttribute("status")).isEqualTo("deleted");
            Document gone = valid(get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + text(header, OAI, "identifier")));
            assertThat(first(gone.getDocumentElement(), OAI, "header").getAttribute("status")).isEqualTo("deleted");
            assertThat(elements(gone, OAI, "metadata")).isEmpty();
        } finally {
            long archived = editor.open(secretariat, reference).item().version();
            editor.move(secretariat, reference, PublicationState.DRAFT, archived);
            long draft = editor.open(secretariat, reference).item().version();
            editor.move(secretariat, reference, PublicationState.IN_REVIEW, draft);
            long review = editor.open(secretariat, reference).item().version();
            editor.move(secretariat, reference, PublicationState.PUBLISHED, review);
        }
        // a draft that never was public is in no harvest
        assertThat(registry.jdbc().queryForObject("select count(*) from open_record where local_id in "
                + "(select reference from heritage_item where publication <> 'PUBLISHED') and not deleted", Integer.class)).isZero();
    }

    @Test
    void aPublishedPublicationIsHarvestedInDublinCoreAndNeverOffersAFormItHasNot() throws Exception {
        String title = "Guide to first aid for heritage " + java.util.UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = pdfs.render("fixtures/publication", org.turath.shared.Language.EN, Map.of("title", title,
                "pages", List.of("First aid for heritage in times of crisis")));
        var publication = library.create(new Actor("library.oai@example.org", Set.of(Role.EDITOR), Set.of()),
                new org.turath.library.domain.Publication.Details(org.turath.library.PublicationKind.GUIDE,
                        new org.turath.shared.LocalizedText("دليل الإسعاف الأولي للتراث", title, null),
                        new org.turath.shared.RichText(null, "<p>What to do first.</p>", null), "ICESCO", 2025,
                        org.turath.shared.Language.EN, null, null, null, List.of(), true), new ByteArrayInputStream(pdf), "guide.pdf");
        Document set = valid(get("verb=ListRecords&metadataPrefix=oai_dc&set=publication"));
        Element record = elements(set, OAI, "record").stream()
                .filter(r -> text(r, OAI, "identifier").endsWith("/" + publication.id())).findFirst().orElseThrow();
        assertThat(elements(record, DC, "title").stream().map(Element::getTextContent)).contains(title, "دليل الإسعاف الأولي للتراث");
        assertThat(elements(record, DC, "identifier").stream().map(Element::getTextContent))
                .anyMatch(address -> address.endsWith("/fr/publications/" + publication.id()));

        assertThat(get("verb=ListSets")).contains("<setSpec>publication</setSpec><setName>منشورات المركز · Publications of the centre");
        String identifier = text(record, OAI, "identifier");
        assertThat(error(get("verb=GetRecord&metadataPrefix=edm&identifier=" + identifier))).isEqualTo("cannotDisseminateFormat");
        String edm = get("verb=ListIdentifiers&metadataPrefix=edm&set=publication");
        assertThat(edm).doesNotContain(identifier);
    }

    private String get(String query) {
        HttpResponse<String> answer = http.get("/oai?" + query);
        assertThat(answer.statusCode()).as(query).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(query).startsWith("text/xml");
        return answer.body();
    }

    private static String withoutDate(String xml) {
        return xml.replaceFirst("<responseDate>[^<]*</responseDate>", "");
    }

    private static String error(String xml) throws Exception {
        Document answer = valid(xml);
        return first(answer.getDocumentElement(), OAI, "error").getAttribute("code");
    }

    private static Document valid(String xml) throws IOException, SAXException {
        Validator validator = SCHEMA.newValidator();
        validator.setResourceResolver(OaiHarvestTests::local);
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("Not valid OAI-PMH: " + e.getMessage() + "\n" + xml.substring(0, Math.min(xml.length(), 3000)), e);
        }
        return parse(xml);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + e.getMessage(), e);
        }
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(OaiHarvestTests::local);
            return factory.newSchema(new StreamSource[]{
                    source("xml.xsd"), source("simpledc20021212.xsd"), source("oai_dc.xsd"), source("OAI-PMH.xsd"),
                    ours()});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turath's own format's schema, as the application ships and serves it. */
    private static StreamSource ours() throws IOException {
        StreamSource source = new StreamSource(new ClassPathResource("oai/turath-heritage-1.0.xsd").getInputStream());
        source.setSystemId("classpath:oai/turath-heritage-1.0.xsd");
        return source;
    }

    private static StreamSource source(String name) throws IOException {
        StreamSource source = new StreamSource(new ClassPathResource("oai/" + name).getInputStream());
        source.setSystemId("classpath:oai/" + name);
        return source;
    }

    /** Schemas named by address resolve to the local copies; nothing is fetched. */
    private static LSInput local(String type, String namespace, String publicId, String systemId, String baseUri) {
        String name = namespace == null ? null : switch (namespace) {
            case "http://www.w3.org/XML/1998/namespace" -> "xml.xsd";
            case DC -> "simpledc20021212.xsd";
            case "http://www.openarchives.org/OAI/2.0/oai_dc/" -> "oai_dc.xsd";
            case OAI -> "OAI-PMH.xsd";
            case "urn:turath:heritage:1.0" -> "../oai/turath-heritage-1.0.xsd";
            default -> null;
        };
        if (name == null) {
            throw new IllegalStateException("No local schema for " + namespace + " at " + systemId);
        }
        return new LocalSchema(name);
    }

    private record LocalSchema(String name) implements LSInput {
        public java.io.Reader getCharacterStream() { return null; }
        public void setCharacterStream(java.io.Reader reader) { }
        public InputStream getByteStream() {
            try {
                return new ClassPathResource(name.startsWith("../") ? name.substring(3) : "oai/" + name).getInputStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        public void setByteStream(InputStream stream) { }
        public String getStringData() { return null; }
        public void setStringData(String data) { }
        public String getSystemId() { return "classpath:oai/" + name; }
        public void setSystemId(String id) { }
        public String getPublicId() { return null; }
        public void setPublicId(String id) { }
        public String getBaseURI() { return null; }
        public void setBaseURI(String uri) { }
        public String getEncoding() { return "UTF-8"; }
        public void setEncoding(String encoding) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean certified) { }
    }

    private static List<Element> elements(Document document, String namespace, String name) {
        return elements(document.getDocumentElement(), namespace, name);
    }

    private static List<Element> elements(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element first(Element parent, String namespace, String name) {
        Element found = firstOrNull(parent, namespace, name);
        assertThat(found).as(name).isNotNull();
        return found;
    }

    private static Element firstOrNull(Document document, String namespace, String name) {
        return firstOrNull(document.getDocumentElement(), namespace, name);
    }

    private static Element firstOrNull(Element parent, String namespace, String name) {
        List<Element> found = elements(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element parent, String namespace, String name) {
        return first(parent, namespace, name).getTextContent();
    }
}
