package qaf.scan;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Text out of XML (an XMP packet, Office properties, a Word part), read without DTDs or entities. */
final class XmlText {
    private XmlText() {
    }

    static SAXParser parser() throws IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot set up a secure XML parser", e);
        }
    }

    static void parse(InputStream in, DefaultHandler handler, String what) throws IOException {
        try {
            parser().parse(in, handler);
        } catch (SAXException e) {
            throw new IOException(what + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Each element's own text ("{@code where} dc:title") and each attribute's value ("{@code where}
     * rdf:Description@pdf:Keywords"), leaving out namespace declarations. An XMP packet may carry a
     * property either way. Text inside RDF containers is placed by its property: the text of
     * {@code dc:title/rdf:Alt/rdf:li} is "dc:title".
     */
    static void elementsAndAttributes(InputStream in, String where, Consumer<TextPart> sink) throws IOException {
        parse(in, new DefaultHandler() {
            private final Deque<StringBuilder> text = new ArrayDeque<>();
            private final Deque<String> property = new ArrayDeque<>();

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                text.push(new StringBuilder());
                property.push(qName.startsWith("rdf:") && !property.isEmpty() ? property.peek() : qName);
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.getQName(i);
                    if (!name.startsWith("xmlns") && !attributes.getValue(i).isBlank()) {
                        sink.accept(new TextPart(where + " " + qName + "@" + name, attributes.getValue(i)));
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (!text.isEmpty()) {
                    text.peek().append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                String own = text.pop().toString();
                String name = property.pop();
                if (!own.isBlank()) {
                    sink.accept(new TextPart(where + " " + name, own));
                }
            }
        }, where);
    }
}
