package qaf.render.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The XMP packet of every qaf PDF: title, tool, fixed dates, PDF/A-2a and PDF/UA-1 identification.
 * PDF/A requires every non-standard XMP property to be declared in an extension schema, and
 * {@code pdfuaid} is not one of the standard schemas of PDF/A-2, so it is declared here.
 */
final class PdfUaMetadata {
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private PdfUaMetadata() {
    }

    static byte[] xmp(String title, String tool, Instant date) {
        String when = XMP_DATE.format(date);
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\"\n"
                + "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                + "  xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n"
                + "  xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
                + "  xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
                + "  xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<pdf:Producer>" + escape(tool) + "</pdf:Producer>\n"
                + "<xmp:CreatorTool>" + escape(tool) + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + when + "</xmp:MetadataDate>\n"
                + "<pdfaid:part>2</pdfaid:part>\n"
                + "<pdfaid:conformance>A</pdfaid:conformance>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n"
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaProperty:name>part</pdfaProperty:name>\n"
                + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
