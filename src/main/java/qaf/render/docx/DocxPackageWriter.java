package qaf.render.docx;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.ImagePngPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import qaf.document.DocumentMeta;
import qaf.render.RenderContext;

/**
 * Turns the house style and a list of blocks into a .docx. docx4j does the packaging (parts,
 * relationships, content types, header and footer, styles), once for each {@link PackagedStyle.Key}
 * in recent use; the body is then streamed into the document part while the package is re-zipped in a
 * fixed entry order with fixed timestamps, which is what makes the output byte-identical from run to
 * run.
 */
final class DocxPackageWriter {
    private static final String DOCUMENT_PART = "word/document.xml";
    static final int DEFAULT_TEXT_WIDTH_TWIPS = 9638; // A4 less 2 cm margins

    private final HouseStyle houseStyle;
    private final DocumentMeta meta;
    private final RenderContext context;

    DocxPackageWriter(HouseStyle houseStyle, DocumentMeta meta, RenderContext context) {
        this.houseStyle = houseStyle;
        this.meta = meta;
        this.context = context;
    }

    void write(List<Block> blocks, boolean landscape, OutputStream out) throws IOException {
        List<Block.Picture> pictures = blocks.stream()
                .filter(Block.Picture.class::isInstance).map(Block.Picture.class::cast).toList();
        PackagedStyle.Key key = new PackagedStyle.Key(houseStyle, landscape, meta.marking(), meta.partnershipName(),
                pictures.stream().map(Block.Picture::number).toList(), linkAddresses(blocks));
        PackagedStyle packaged = PackagedStyle.of(key, k -> packageStyle(k, pictures));

        Map<String, byte[]> entries = new TreeMap<>(packaged.entries());
        for (Block.Picture picture : pictures) {
            entries.put(PackagedStyle.pictureEntry(picture.number()), picture.png());
        }
        entries.put(packaged.corePart(), coreProperties().getBytes(StandardCharsets.UTF_8));
        String documentXml = packaged.documentXml();
        int split = packaged.bodyAt();
        DocxZip.write(entries, out, DOCUMENT_PART, zip -> {
            Writer writer = new BufferedWriter(
                    new java.io.OutputStreamWriter(new DocxZip.NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
            writer.write(documentXml, 0, split);
            BodyWriter body = new BodyWriter(writer, packaged.textWidth(), packaged.imageRelIds(),
                    packaged.highlightFill(), packaged.linkRelIds());
            // One block held back: a paragraph leading into a table is kept on the table's first page.
            Block pending = null;
            for (Block block : blocks) {
                if (pending != null) {
                    body.write(pending, block instanceof Block.Table);
                }
                pending = block;
            }
            if (pending != null) {
                body.write(pending, false);
            }
            writer.write(documentXml, split, documentXml.length() - split);
            writer.flush();
        });
    }

    /**
     * docx4j's packaging of the house style for {@code key}: the package saved with an empty body, its
     * XML namespaces in canonical order, without the entries each document fills itself (its core
     * properties, its figures' pictures). {@code pictures} are the first such document's; their bytes
     * are dropped with their entries.
     */
    private PackagedStyle packageStyle(PackagedStyle.Key key, List<Block.Picture> pictures) throws IOException {
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
        if (key.landscape()) {
            turnToLandscape(sectPr);
        }
        try {
            setLanguage(main);
            new DocxFurniture(meta).write(main, sectPr);
            Map<Integer, String> imageRelIds = addImages(main, pictures);
            Map<String, String> linkRelIds = addLinks(main, key.links());
            if (pkg.getDocPropsCorePart() == null) {
                pkg.addDocPropsCorePart();
            }
            String corePart = pkg.getDocPropsCorePart().getPartName().getName().substring(1);
            main.getContent().clear();

            ByteArrayOutputStream packaged = new ByteArrayOutputStream();
            pkg.save(packaged);
            Map<String, byte[]> entries = DocxZip.read(packaged.toByteArray());
            entries.replaceAll((name, bytes) -> name.endsWith(".xml") ? DocxZip.canonicalNamespaces(bytes) : bytes);
            String documentXml = new String(entries.get(DOCUMENT_PART), StandardCharsets.UTF_8);
            int split = documentXml.indexOf("<w:sectPr");
            if (split < 0) {
                throw new IllegalStateException("docx4j wrote the document part without its section properties");
            }
            entries.remove(corePart);
            for (Block.Picture picture : pictures) {
                if (entries.remove(PackagedStyle.pictureEntry(picture.number())) == null) {
                    throw new IllegalStateException("docx4j did not store figure " + picture.number() + " at "
                            + PackagedStyle.pictureEntry(picture.number()));
                }
            }
            return new PackagedStyle(entries, corePart, documentXml, split, imageRelIds, linkRelIds,
                    textWidth(sectPr), paragraphShading(main, "Highlight"));
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

    /** The body's distinct link addresses, in order of first use. */
    private static List<String> linkAddresses(List<Block> blocks) {
        java.util.Set<String> addresses = new java.util.LinkedHashSet<>();
        for (Block block : blocks) {
            List<List<Span>> paragraphs = block instanceof Block.Styled s ? List.of(s.spans())
                    : block instanceof Block.Bullets b ? b.items() : List.of();
            for (List<Span> spans : paragraphs) {
                for (Span span : spans) {
                    if (span.href() != null) {
                        addresses.add(span.href());
                    }
                }
            }
        }
        return List.copyOf(addresses);
    }

    /** An external relationship per link address, in the order given. */
    private static Map<String, String> addLinks(MainDocumentPart main, List<String> addresses) {
        Map<String, String> relIds = new java.util.LinkedHashMap<>();
        org.docx4j.relationships.ObjectFactory rels = new org.docx4j.relationships.ObjectFactory();
        for (String address : addresses) {
            Relationship rel = rels.createRelationship();
            rel.setType(org.docx4j.openpackaging.parts.relationships.Namespaces.HYPERLINK);
            rel.setTarget(address);
            rel.setTargetMode("External");
            main.getRelationshipsPart().addRelationship(rel);
            relIds.put(address, rel.getId());
        }
        return relIds;
    }

    private static Map<Integer, String> addImages(MainDocumentPart main, List<Block.Picture> pictures)
            throws InvalidFormatException {
        Map<Integer, String> relIds = new TreeMap<>();
        for (Block.Picture p : pictures) {
            ImagePngPart part = new ImagePngPart(new PartName("/" + PackagedStyle.pictureEntry(p.number())));
            part.setBinaryData(p.png());
            relIds.put(p.number(), main.addTargetPart(part).getId());
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
                + "<dc:title>" + XmlText.attribute(meta.title()) + "</dc:title>"
                + (meta.subtitle().isEmpty() ? "" : "<dc:subject>" + XmlText.attribute(meta.subtitle()) + "</dc:subject>")
                + "<dc:creator>qaf</dc:creator>"
                + "<cp:keywords>" + XmlText.attribute(String.join(", ", meta.refs())) + "</cp:keywords>"
                + "<cp:category>" + XmlText.attribute(meta.kind()) + "</cp:category>"
                + "<dc:description>" + XmlText.attribute(context.toolVersion()) + "</dc:description>"
                + "<cp:lastModifiedBy>qaf</cp:lastModifiedBy><cp:revision>1</cp:revision>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified>"
                + "<dc:language>" + DocumentMeta.LANGUAGE + "</dc:language>"
                + "</cp:coreProperties>";
    }
}
