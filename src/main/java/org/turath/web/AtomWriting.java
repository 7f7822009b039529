package org.turath.web;

import org.turath.shared.Localized;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** What every Atom feed (RFC 4287) of the portal writes the same way: the feed's head, text elements, links, dates. */
public final class AtomWriting {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    private AtomWriting() {
    }

    /** Writes a feed's entries, after its head. */
    @FunctionalInterface
    public interface Entries {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** What heads a feed: its id, title, own address, the page it follows, its last change and its author. */
    public record Head(String language, String id, String title, String self, String alternate, Instant updated, String author) {
    }

    /** A whole feed: {@code head}, then what {@code entries} writes. */
    public static String feed(Head head, Entries entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XML, "lang", head.language());
            element(xml, "id", head.id());
            element(xml, "title", head.title());
            link(xml, "self", head.self(), "application/atom+xml");
            link(xml, "alternate", head.alternate(), "text/html");
            element(xml, "updated", instant(head.updated()));
            xml.writeStartElement("author");
            element(xml, "name", head.author());
            xml.writeEndElement();
            entries.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** {@code <name>text</name>}. */
    public static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** A date as Atom writes it (RFC 3339, UTC). */
    public static String instant(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    /**
     * {@code <name type="...">text</name>}, and the language it is in when it is not the feed's ({@code xml:lang}): a
     * text shown in another language than the one asked for.
     */
    public static void localized(XMLStreamWriter xml, String name, Localized text, String type) throws XMLStreamException {
        xml.writeStartElement(name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        if (text.fallback()) {
            xml.writeAttribute("xml", XML, "lang", text.lang());
        }
        xml.writeCharacters(text.text());
        xml.writeEndElement();
    }

    /** {@code <link rel href type/>}. */
    public static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
