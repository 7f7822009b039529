package org.turath.web;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What every Atom feed (RFC 4287) of the portal writes the same way: text elements and links. */
public final class AtomWriting {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    private AtomWriting() {
    }

    /** {@code <name>text</name>}. */
    public static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
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
