package qaf.render.docx;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import jakarta.xml.bind.JAXBException;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.SectPr;
import qaf.document.DocumentMeta;

/** A Word document's page furniture: the marking and the partnership in the header, page numbers in the footer. */
final class DocxFurniture {
    private final DocumentMeta meta;

    DocxFurniture(DocumentMeta meta) {
        this.meta = meta;
    }

    /**
     * Replaces the text of every header and footer the house style's section uses (default, first
     * page, even pages), keeping their styles; adds a default pair if the house style has none.
     */
    void write(MainDocumentPart main, SectPr sectPr) throws Docx4JException {
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
        BodyWriter w = new BodyWriter(xml, DocxPackageWriter.DEFAULT_TEXT_WIDTH_TWIPS, Map.of(), null);
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
}
