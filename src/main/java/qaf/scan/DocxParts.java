package qaf.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Everything Word shows or keeps as text in a DOCX, read as the zip of XML it is: the body,
 * headers, footers, footnotes, endnotes, comments and charts paragraph by paragraph; pictures' alt
 * text and titles ({@code descr}, {@code title} of {@code wp:docPr} and {@code pic:cNvPr}); and
 * the core, app and custom properties. Styles, theme, fonts and settings hold no document text.
 */
final class DocxParts {
    /** The parts read paragraph by paragraph. */
    private static final Pattern TEXT_PARTS = Pattern.compile(
            "word/(document|header\\d*|footer\\d*|footnotes|endnotes|comments\\w*|qaf-header|qaf-footer"
                    + "|glossary/document|charts/chart\\d*)\\.xml|word/[^/]*(header|footer)[^/]*\\.xml");
    private static final Pattern PROPERTY_PARTS = Pattern.compile("docProps/(core|app|custom)\\.xml");
    private static final Set<String> PICTURE_PROPERTIES = Set.of("docPr", "cNvPr");

    private DocxParts() {
    }

    static void read(Path file, Consumer<TextPart> sink) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (TEXT_PARTS.matcher(name).matches()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        paragraphs(in, name, sink);
                    }
                } else if (PROPERTY_PARTS.matcher(name).matches()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        XmlText.elementsAndAttributes(in, name, sink);
                    }
                }
            }
        }
    }

    /**
     * One part per paragraph: runs are joined without a space (Word splits a word across runs at will),
     * tabs and breaks become spaces and line breaks. Text outside any paragraph (a chart's values) is
     * emitted element by element.
     */
    private static void paragraphs(InputStream in, String part, Consumer<TextPart> sink) throws IOException {
        XmlText.parse(in, new DefaultHandler() {
            private final StringBuilder paragraph = new StringBuilder();
            private int depth;
            private int count;
            private int pictures;
            private boolean inText;

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                switch (local) {
                    case "p" -> {
                        if (depth++ == 0) {
                            paragraph.setLength(0);
                        }
                    }
                    case "t", "delText", "v" -> inText = true;
                    case "tab" -> paragraph.append('\t');
                    case "noBreakHyphen" -> paragraph.append('-');
                    case "br", "cr" -> paragraph.append('\n');
                    default -> {
                    }
                }
                if (PICTURE_PROPERTIES.contains(local)) {
                    pictures++;
                    for (String a : new String[] {"descr", "title", "name"}) {
                        String value = attributes.getValue("", a);
                        if (value != null && !value.isBlank()) {
                            sink.accept(new TextPart(part + " picture " + pictures + " " + a, value));
                        }
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    paragraph.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if (local.equals("t") || local.equals("delText") || local.equals("v")) {
                    inText = false;
                    if (depth == 0) { // a chart's cached value or label, outside any paragraph
                        emit("value");
                    }
                } else if (local.equals("p") && --depth == 0) {
                    count++;
                    emit("paragraph " + count);
                }
            }

            private void emit(String where) {
                if (!paragraph.toString().isBlank()) {
                    sink.accept(new TextPart(part + " " + where, paragraph.toString()));
                }
                paragraph.setLength(0);
            }
        }, part);
    }
}
