package qaf.render.docx;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jakarta.xml.bind.JAXBException;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.ImagePngPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import qaf.document.DocumentMeta;
import qaf.render.RenderContext;

/**
 * Turns the house style and a list of blocks into a .docx. docx4j does the packaging (parts,
 * relationships, content types, header and footer, styles); the body is then streamed into the
 * document part while the package is re-zipped in a fixed entry order with fixed timestamps, which is
 * what makes the output byte-identical from run to run.
 */
final class DocxPackageWriter {
    private static final String DOCUMENT_PART = "word/document.xml";
    /** DOS time has no zone; a fixed local time keeps entries identical whatever the machine's zone. */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int DEFAULT_TEXT_WIDTH_TWIPS = 9638; // A4 less 2 cm margins

    private final HouseStyle houseStyle;
    private final DocumentMeta meta;
    private final RenderContext context;

    DocxPackageWriter(HouseStyle houseStyle, DocumentMeta meta, RenderContext context) {
        this.houseStyle = houseStyle;
        this.meta = meta;
        this.context = context;
    }

    void write(List<Block> blocks, boolean landscape, OutputStream out) throws IOException {
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(houseStyle.bytes()));
        } catch (Docx4JException e) {
            throw new IOException("cannot open the Word house style " + houseStyle.origin(), e);
        }
        MainDocumentPart main = pkg.getMainDocumentPart();
        SectPr sectPr = main.getJaxbElement().getBody().getSectPr();
        if (sectPr == null) {
            throw new IOException("the Word house style " + houseStyle.origin()
                    + " has no page set-up (section properties); regenerate it or save it again from Word");
        }
        requireStyles(main);
        if (landscape) {
            turnToLandscape(sectPr);
        }
        try {
            setLanguage(main);
            writeHeaderAndFooter(main, sectPr);
            Map<Integer, String> imageRelIds = addImages(main, blocks);
            Map<String, String> linkRelIds = addLinks(main, blocks);
            if (pkg.getDocPropsCorePart() == null) {
                pkg.addDocPropsCorePart();
            }
            String corePart = pkg.getDocPropsCorePart().getPartName().getName().substring(1);
            main.getContent().clear();

            ByteArrayOutputStream packaged = new ByteArrayOutputStream();
            pkg.save(packaged);
            Map<String, byte[]> entries = readZip(packaged.toByteArray());
            entries.replaceAll((name, bytes) -> name.endsWith(".xml") ? canonicalNamespaces(bytes) : bytes);
            String documentXml = new String(entries.get(DOCUMENT_PART), StandardCharsets.UTF_8);
            int split = documentXml.indexOf("<w:sectPr");
            if (split < 0) {
                throw new IllegalStateException("docx4j wrote the document part without its section properties");
            }
            entries.put(corePart, coreProperties().getBytes(StandardCharsets.UTF_8));
            int textWidth = textWidth(sectPr);
            String highlightFill = paragraphShading(main, "Highlight");
            writeZip(entries, out, DOCUMENT_PART, zip -> {
                Writer writer = new BufferedWriter(
                        new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
                writer.write(documentXml, 0, split);
                BodyWriter body = new BodyWriter(writer, textWidth, imageRelIds, highlightFill, linkRelIds);
                for (Block block : blocks) {
                    body.write(block);
                }
                writer.write(documentXml, split, documentXml.length() - split);
                writer.flush();
            });
        } catch (Docx4JException e) {
            throw new IOException("cannot assemble the Word document", e);
        }
    }

    /** Styles the body refers to; without them Word silently falls back to Normal and headings vanish. */
    static final List<String> REQUIRED_STYLES = List.of("Normal", "Title", "Subtitle", "Heading1", "Heading2",
            "Heading3", "ListBullet", "ListNumber", "Caption", "Figure", "TableText", "TableHeading", "Highlight",
            "Marking", "Header", "Footer", "Strong", "Emphasis", "Hyperlink", "QafTable");

    private void requireStyles(MainDocumentPart main) throws IOException {
        if (main.getStyleDefinitionsPart() == null) {
            throw new IOException("the Word house style " + houseStyle.origin() + " has no styles");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Style style : main.getStyleDefinitionsPart().getJaxbElement().getStyle()) {
            ids.add(style.getStyleId());
        }
        List<String> missing = REQUIRED_STYLES.stream().filter(id -> !ids.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new IOException("the Word house style " + houseStyle.origin() + " lacks the styles " + missing
                    + "; restore them (style ids, not display names) or regenerate the house style");
        }
    }

    private static void turnToLandscape(SectPr sectPr) {
        SectPr.PgSz size = sectPr.getPgSz();
        if (size == null || size.getW() == null || size.getH() == null) {
            return;
        }
        if (size.getW().compareTo(size.getH()) < 0) {
            BigInteger width = size.getW();
            size.setW(size.getH());
            size.setH(width);
        }
        size.setOrient(org.docx4j.wml.STPageOrientation.LANDSCAPE);
    }

    /** en-GB for spelling and hyphenation, whatever language the house style was last saved in. */
    private static void setLanguage(MainDocumentPart main) {
        Styles styles = main.getStyleDefinitionsPart().getJaxbElement();
        ObjectFactory wml = new ObjectFactory();
        DocDefaults defaults = styles.getDocDefaults();
        if (defaults == null) {
            defaults = wml.createDocDefaults();
            styles.setDocDefaults(defaults);
        }
        if (defaults.getRPrDefault() == null) {
            defaults.setRPrDefault(wml.createDocDefaultsRPrDefault());
        }
        RPr rPr = defaults.getRPrDefault().getRPr();
        if (rPr == null) {
            rPr = wml.createRPr();
            defaults.getRPrDefault().setRPr(rPr);
        }
        CTLanguage language = rPr.getLang();
        if (language == null) {
            language = wml.createCTLanguage();
            rPr.setLang(language);
        }
        language.setVal(DocumentMeta.LANGUAGE);
    }

    /**
     * Replaces the text of every header and footer the house style's section uses (default, first
     * page, even pages), keeping their styles; adds a default pair if the house style has none.
     */
    private void writeHeaderAndFooter(MainDocumentPart main, SectPr sectPr) throws Docx4JException {
        String headerXml = headerFooterXml("hdr", true);
        String footerXml = headerFooterXml("ftr", false);
        boolean header = false;
        boolean footer = false;
        for (CTRel ref : sectPr.getEGHdrFtrReferences()) {
            Part part = main.getRelationshipsPart().getPart(ref.getId());
            if (ref instanceof HeaderReference && part instanceof HeaderPart h) {
                h.setJaxbElement((Hdr) unmarshal(headerXml));
                header = true;
            } else if (ref instanceof FooterReference && part instanceof FooterPart f) {
                f.setJaxbElement((Ftr) unmarshal(footerXml));
                footer = true;
            }
        }
        ObjectFactory wml = new ObjectFactory();
        if (!header) {
            HeaderPart part = new HeaderPart(new PartName("/word/qaf-header.xml"));
            part.setJaxbElement((Hdr) unmarshal(headerXml));
            Relationship rel = main.addTargetPart(part);
            HeaderReference ref = wml.createHeaderReference();
            ref.setId(rel.getId());
            ref.setType(HdrFtrRef.DEFAULT);
            sectPr.getEGHdrFtrReferences().add(ref);
        }
        if (!footer) {
            FooterPart part = new FooterPart(new PartName("/word/qaf-footer.xml"));
            part.setJaxbElement((Ftr) unmarshal(footerXml));
            Relationship rel = main.addTargetPart(part);
            FooterReference ref = wml.createFooterReference();
            ref.setId(rel.getId());
            ref.setType(HdrFtrRef.DEFAULT);
            sectPr.getEGHdrFtrReferences().add(ref);
        }
    }

    /** Header: marking, then partnership name. Footer: "Page X of Y", then marking. */
    private String headerFooterXml(String root, boolean header) {
        StringWriter xml = new StringWriter();
        BodyWriter w = new BodyWriter(xml, DEFAULT_TEXT_WIDTH_TWIPS, Map.of(), null);
        try {
            xml.write("<w:" + root + " xmlns:w=\"" + BodyWriter.W_NS + "\" xmlns:r=\"" + BodyWriter.R_NS + "\">");
            boolean marked = !meta.marking().isEmpty();
            if (header) {
                if (marked) {
                    w.paragraph("Marking", List.of(Span.plain(meta.marking())));
                }
                w.paragraph("Header", List.of(Span.plain(meta.partnershipName())));
            } else {
                xml.write("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
                w.runs("Page ", null);
                w.simpleField("PAGE", "1");
                w.runs(" of ", null);
                w.simpleField("NUMPAGES", "1");
                xml.write("</w:p>");
                if (marked) {
                    w.paragraph("Marking", List.of(Span.plain(meta.marking())));
                }
            }
            xml.write("</w:" + root + ">");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return xml.toString();
    }

    private static Object unmarshal(String xml) {
        try {
            return XmlUtils.unmarshalString(xml);
        } catch (JAXBException e) {
            throw new IllegalStateException("qaf wrote header/footer XML docx4j cannot read", e);
        }
    }

    /** An external relationship per distinct link address of the body, in order of first use. */
    private static Map<String, String> addLinks(MainDocumentPart main, List<Block> blocks) {
        Map<String, String> relIds = new java.util.LinkedHashMap<>();
        for (Block block : blocks) {
            List<List<Span>> paragraphs = block instanceof Block.Styled s ? List.of(s.spans())
                    : block instanceof Block.Bullets b ? b.items() : List.of();
            for (List<Span> spans : paragraphs) {
                for (Span span : spans) {
                    if (span.href() != null && !relIds.containsKey(span.href())) {
                        org.docx4j.relationships.ObjectFactory rels = new org.docx4j.relationships.ObjectFactory();
                        Relationship rel = rels.createRelationship();
                        rel.setType(org.docx4j.openpackaging.parts.relationships.Namespaces.HYPERLINK);
                        rel.setTarget(span.href());
                        rel.setTargetMode("External");
                        main.getRelationshipsPart().addRelationship(rel);
                        relIds.put(span.href(), rel.getId());
                    }
                }
            }
        }
        return relIds;
    }

    private static Map<Integer, String> addImages(MainDocumentPart main, List<Block> blocks)
            throws InvalidFormatException {
        Map<Integer, String> relIds = new TreeMap<>();
        for (Block block : blocks) {
            if (block instanceof Block.Picture p) {
                ImagePngPart part = new ImagePngPart(new PartName("/word/media/qaf-figure-" + p.number() + ".png"));
                part.setBinaryData(p.png());
                relIds.put(p.number(), main.addTargetPart(part).getId());
            }
        }
        return relIds;
    }

    private static String paragraphShading(MainDocumentPart main, String styleId) {
        for (Style style : main.getStyleDefinitionsPart().getJaxbElement().getStyle()) {
            if (styleId.equals(style.getStyleId()) && style.getPPr() != null && style.getPPr().getShd() != null) {
                return style.getPPr().getShd().getFill();
            }
        }
        return null;
    }

    private static int textWidth(SectPr sectPr) {
        if (sectPr.getPgSz() == null || sectPr.getPgMar() == null || sectPr.getPgSz().getW() == null) {
            return DEFAULT_TEXT_WIDTH_TWIPS;
        }
        BigInteger left = sectPr.getPgMar().getLeft() == null ? BigInteger.ZERO : sectPr.getPgMar().getLeft();
        BigInteger right = sectPr.getPgMar().getRight() == null ? BigInteger.ZERO : sectPr.getPgMar().getRight();
        int width = sectPr.getPgSz().getW().subtract(left).subtract(right).intValue();
        return width > 1440 ? width : DEFAULT_TEXT_WIDTH_TWIPS;
    }

    private String coreProperties() {
        String date = DateTimeFormatter.ISO_INSTANT.format(context.documentDate().truncatedTo(ChronoUnit.SECONDS));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + BodyWriter.attribute(meta.title()) + "</dc:title>"
                + (meta.subtitle().isEmpty() ? "" : "<dc:subject>" + BodyWriter.attribute(meta.subtitle()) + "</dc:subject>")
                + "<dc:creator>qaf</dc:creator>"
                + "<cp:keywords>" + BodyWriter.attribute(String.join(", ", meta.refs())) + "</cp:keywords>"
                + "<cp:category>" + BodyWriter.attribute(meta.kind()) + "</cp:category>"
                + "<dc:description>" + BodyWriter.attribute(context.toolVersion()) + "</dc:description>"
                + "<cp:lastModifiedBy>qaf</cp:lastModifiedBy><cp:revision>1</cp:revision>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified>"
                + "<dc:language>" + DocumentMeta.LANGUAGE + "</dc:language>"
                + "</cp:coreProperties>";
    }

    private static final java.util.regex.Pattern ATTRIBUTE =
            java.util.regex.Pattern.compile("\\s+([^\\s=]+)=\"([^\"]*)\"");

    /**
     * docx4j heads the document part with {@code <!-- Modified by docx4j VERSION ... in JVM on OS -->}.
     * Its version is read by an unsynchronised lazy initialiser, so two DOCX renders starting together
     * in a fresh JVM could write "docx4j null" in one file and the version in the other (seen in the
     * kill-safety test); it also names the JVM, which no document needs. Removed, and the root element
     * it hid from the namespace sorting below is then sorted too.
     */
    private static final java.util.regex.Pattern TOOL_COMMENT =
            java.util.regex.Pattern.compile("<!--\\s*Modified by docx4j[^>]*-->");

    /**
     * JAXB writes a root element's namespace declarations in an order that depends on what the JVM
     * marshalled before (it differed between a serial and a parallel build of the same data). Sorting
     * them makes a part's bytes depend on its content only.
     */
    static byte[] canonicalNamespaces(byte[] xmlBytes) {
        String xml = TOOL_COMMENT.matcher(new String(xmlBytes, StandardCharsets.UTF_8)).replaceFirst("");
        int start = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0);
        int end = start < 0 ? -1 : xml.indexOf('>', start);
        if (end < 0) {
            return xmlBytes;
        }
        boolean empty = xml.charAt(end - 1) == '/';
        String tag = xml.substring(start, empty ? end - 1 : end);
        java.util.regex.Matcher m = ATTRIBUTE.matcher(tag);
        int nameEnd = tag.length();
        java.util.TreeMap<String, String> namespaces = new java.util.TreeMap<>();
        StringBuilder others = new StringBuilder();
        while (m.find()) {
            nameEnd = Math.min(nameEnd, m.start());
            if (m.group(1).startsWith("xmlns")) {
                namespaces.put(m.group(1), m.group(2));
            } else {
                others.append(' ').append(m.group(1)).append("=\"").append(m.group(2)).append('"');
            }
        }
        StringBuilder root = new StringBuilder(tag.substring(0, nameEnd));
        namespaces.forEach((name, uri) -> root.append(' ').append(name).append("=\"").append(uri).append('"'));
        root.append(others).append(empty ? "/" : "");
        return (xml.substring(0, start) + root + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> readZip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    interface EntryContent {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Content types first (some readers expect it), then the package relationships, then every other
     * entry by name; all with the same timestamp and no extra fields.
     */
    static void writeZip(Map<String, byte[]> entries, OutputStream out, String streamed, EntryContent content)
            throws IOException {
        List<String> names = new ArrayList<>();
        names.add("[Content_Types].xml");
        names.add("_rels/.rels");
        for (String name : new TreeMap<>(entries).keySet()) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        for (String name : names) {
            byte[] bytes = entries.get(name);
            if (bytes == null) {
                throw new IllegalStateException("the Word package has no " + name);
            }
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(ZIP_TIME);
            zip.putNextEntry(entry);
            if (name.equals(streamed)) {
                content.write(zip);
            } else {
                zip.write(bytes);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The house-style generator's clean-up: same entries, fixed order and timestamps. */
    static byte[] normaliseZip(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeZip(readZip(docx), out, null, null);
        return out.toByteArray();
    }

    /** Lets a writer over one zip entry be flushed without closing the zip or the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
