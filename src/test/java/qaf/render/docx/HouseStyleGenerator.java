package qaf.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Document;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.Styles;
import jakarta.xml.bind.JAXBException;

/**
 * Writes {@code report-templates/house-style.docx}, the Word house style every qaf DOCX is built on.
 * Kept so the starting point can be regenerated; once committed, the business manager owns the file
 * and restyles it in Word (qaf only reads its styles, numbering, page set-up and header/footer
 * parts). Run: {@code java -cp <test classpath> qaf.render.docx.HouseStyleGenerator report-templates/house-style.docx}.
 */
public final class HouseStyleGenerator {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HouseStyleGenerator() {
    }

    public static void main(String[] args) throws IOException, Docx4JException, JAXBException {
        Path target = Path.of(args.length > 0 ? args[0] : "report-templates/house-style.docx");
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
        MainDocumentPart mdp = pkg.getMainDocumentPart();

        StyleDefinitionsPart styles = mdp.getStyleDefinitionsPart();
        styles.setJaxbElement((Styles) XmlUtils.unmarshalString(STYLES));

        NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
        numbering.setJaxbElement((Numbering) XmlUtils.unmarshalString(NUMBERING));
        mdp.addTargetPart(numbering);

        DocumentSettingsPart settings = mdp.getDocumentSettingsPart();
        if (settings == null) {
            settings = new DocumentSettingsPart();
            mdp.addTargetPart(settings);
        }
        settings.setJaxbElement((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(SETTINGS)));

        HeaderPart header = new HeaderPart();
        header.setJaxbElement((Hdr) XmlUtils.unmarshalString(HEADER));
        Relationship headerRel = mdp.addTargetPart(header);
        FooterPart footer = new FooterPart();
        footer.setJaxbElement((Ftr) XmlUtils.unmarshalString(FOOTER));
        Relationship footerRel = mdp.addTargetPart(footer);

        String body = BODY.replace("HEADER_RID", headerRel.getId()).replace("FOOTER_RID", footerRel.getId());
        mdp.setJaxbElement((Document) XmlUtils.unmarshalString(body));

        if (pkg.getDocPropsCorePart() == null) {
            pkg.addDocPropsCorePart();
        }
        if (pkg.getDocPropsExtendedPart() == null) {
            pkg.addDocPropsExtendedPart();
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            pkg.save(out);
        }
        // docx4j stamps the zip entries with the current time: normalise them so the committed file
        // only changes when its content does.
        byte[] normalised = DocxZip.normaliseZip(Files.readAllBytes(target));
        Files.write(target, normalised);
        System.out.println("wrote " + target);
    }

    private static String rPr(String font, int halfPoints, String colour, boolean bold) {
        return "<w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:cs=\"" + font + "\"/>"
                + (bold ? "<w:b/><w:bCs/>" : "")
                + (colour == null ? "" : "<w:color w:val=\"" + colour + "\"/>")
                + "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr>";
    }

    private static final String HEADING_FONT = "Arial";
    private static final String NAVY = "1F3864";

    private static String heading(int level, int halfPoints, int before, int after, String colour) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\">"
                + "<w:name w:val=\"heading " + level + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
                + "<w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"" + after
                + "\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr>"
                + rPr(HEADING_FONT, halfPoints, colour, true) + "</w:style>";
    }

    private static final String STYLES = "<w:styles xmlns:w=\"" + W + "\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"Arial\" w:eastAsia=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
            + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
            + "<w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
            // Normal
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:widowControl/></w:pPr><w:rPr><w:color w:val=\"1A1A1A\"/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
            + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
            // Title, Subtitle
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Subtitle\"/><w:uiPriority w:val=\"10\"/><w:qFormat/>"
            + "<w:pPr><w:keepNext/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"6\" w:color=\"" + NAVY + "\"/></w:pBdr>"
            + "<w:spacing w:before=\"0\" w:after=\"160\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + rPr(HEADING_FONT, 52, NAVY, true) + "</w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"11\"/><w:qFormat/>"
            + "<w:pPr><w:spacing w:after=\"240\"/></w:pPr>" + rPr(HEADING_FONT, 28, "404040", false) + "</w:style>"
            + heading(1, 32, 360, 120, NAVY)
            + heading(2, 26, 240, 80, NAVY)
            + heading(3, 23, 200, 60, "2F5496")
            // Caption: above figures and tables, so it keeps with what follows.
            + "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"35\"/><w:unhideWhenUsed/><w:qFormat/>"
            + "<w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"80\"/></w:pPr>"
            + "<w:rPr><w:b/><w:bCs/><w:color w:val=\"404040\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Figure\"><w:name w:val=\"Figure\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/></w:pPr></w:style>"
            // Marking: the protective marking in the running header and footer.
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Marking\"><w:name w:val=\"Marking\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:spacing w:before=\"0\" w:after=\"60\"/><w:jc w:val=\"center\"/></w:pPr>"
            + "<w:rPr><w:b/><w:bCs/><w:caps/><w:color w:val=\"000000\"/><w:spacing w:val=\"10\"/>"
            + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
            + "<w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4819\"/><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs>"
            + "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + "<w:rPr><w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
            + "<w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4819\"/><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs>"
            + "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/></w:pPr>"
            + "<w:rPr><w:color w:val=\"404040\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
            // Lists
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:qFormat/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>"
            + "<w:ind w:left=\"360\" w:hanging=\"360\"/><w:contextualSpacing/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:qFormat/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr><w:spacing w:after=\"60\"/>"
            + "<w:ind w:left=\"360\" w:hanging=\"360\"/><w:contextualSpacing/></w:pPr></w:style>"
            // Table paragraphs
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableHeading\"><w:name w:val=\"Table Heading\"/>"
            + "<w:basedOn w:val=\"TableText\"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr>"
            + "<w:rPr><w:b/><w:bCs/><w:color w:val=\"FFFFFF\"/></w:rPr></w:style>"
            // Highlight: every paragraph of a flagged row; the shading is here so it can be restyled.
            + "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Highlight\"><w:name w:val=\"Highlight\"/>"
            + "<w:basedOn w:val=\"TableText\"/><w:qFormat/>"
            + "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FCE4B8\"/></w:pPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/>"
            + "<w:uiPriority w:val=\"22\"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr><w:color w:val=\"1F4E99\"/>"
            + "<w:u w:val=\"single\"/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Emphasis\"><w:name w:val=\"Emphasis\"/>"
            + "<w:uiPriority w:val=\"20\"/><w:qFormat/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>"
            // The table style: borders, cell margins and the header row look.
            + "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"QafTable\"><w:name w:val=\"QAF Table\"/>"
            + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/><w:qFormat/>"
            + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
            + "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>"
            + "<w:tblPr><w:tblBorders>"
            + "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/></w:tblBorders>"
            + "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
            + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/><w:color w:val=\"FFFFFF\"/></w:rPr>"
            + "<w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"
            + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + NAVY + "\"/></w:tcPr></w:tblStylePr>"
            + "</w:style>"
            + "</w:styles>";

    private static String bulletLevel(int level, String glyph, String font) {
        int indent = 360 * (level + 1);
        return "<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
                + (level == 0 ? "<w:pStyle w:val=\"ListBullet\"/>" : "")
                + "<w:lvlText w:val=\"" + glyph + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"" + indent + "\" w:hanging=\"360\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:hint=\"default\"/></w:rPr></w:lvl>";
    }

    private static final String NUMBERING = "<w:numbering xmlns:w=\"" + W + "\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + bulletLevel(0, "\u2022", "Arial") + bulletLevel(1, "\u2013", "Arial") + bulletLevel(2, "\u25AA", "Arial")
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"ListNumber\"/>"
            + "<w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr>"
            + "</w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "</w:numbering>";

    private static final String SETTINGS = "<w:settings xmlns:w=\"" + W + "\">"
            + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"en-GB\"/>"
            + "</w:settings>";

    private static final String HEADER = "<w:hdr xmlns:w=\"" + W + "\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Marking\"/></w:pPr><w:r><w:t>OFFICIAL-SENSITIVE</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t>Partnership name</w:t></w:r></w:p>"
            + "</w:hdr>";

    private static final String FOOTER = "<w:ftr xmlns:w=\"" + W + "\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
            + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
            + "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>"
            + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Marking\"/></w:pPr><w:r><w:t>OFFICIAL-SENSITIVE</w:t></w:r></w:p>"
            + "</w:ftr>";

    private static String para(String style, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r></w:p>";
    }

    private static String cell(int width, String style, String text) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr>" + para(style, text) + "</w:tc>";
    }

    /** Sample content showing every style qaf uses; qaf discards it and keeps only the section set-up. */
    private static final String BODY = "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>"
            + para("Title", "qaf house style")
            + para("Subtitle", "Edit the styles in this document to restyle every Word document qaf writes")
            + para("Heading1", "Heading 1")
            + para("Normal", "Normal text. qaf uses only the styles shown here: Title, Subtitle, Heading 1 to 3, "
                    + "Normal, List Bullet, List Number, Caption, Figure, Table Text, Table Heading, Highlight, Marking, "
                    + "Header, Footer, the character styles Strong, Emphasis and Hyperlink, and the table style QAF Table. "
                    + "The page size, margins, header and footer set-up of this section apply to every document. "
                    + "The text of this sample body and of the header and footer is replaced.")
            + para("Normal", "Tables: the table style QAF Table sets borders and the header row's fill; the paragraph "
                    + "style Table Heading sets the header row's text (keep it readable on that fill); Table Text "
                    + "sets body cells; Highlight marks flagged rows, and its paragraph shading colour is also used "
                    + "to fill the cells of those rows. Key rows use the character style Strong.")
            + para("Heading2", "Heading 2")
            + para("ListBullet", "List Bullet, first item")
            + para("ListBullet", "List Bullet, second item")
            + para("ListNumber", "List Number, first item")
            + para("ListNumber", "List Number, second item")
            + para("Heading3", "Heading 3")
            + para("Caption", "Table 1: Caption (also used above figures)")
            + "<w:tbl><w:tblPr><w:tblStyle w:val=\"QafTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
            + " w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
            + "<w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"6026\"/></w:tblGrid>"
            + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell(3000, "TableHeading", "Table Heading")
            + cell(6026, "TableHeading", "Header row (repeats on every page)") + "</w:tr>"
            + "<w:tr>" + cell(3000, "TableText", "Table Text") + cell(6026, "TableText", "An ordinary row") + "</w:tr>"
            + "<w:tr>" + cell(3000, "Highlight", "Highlight") + cell(6026, "Highlight", "A flagged row") + "</w:tr>"
            + "</w:tbl>"
            + para("Marking", "OFFICIAL-SENSITIVE")
            + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"HEADER_RID\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"FOOTER_RID\"/>"
            + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1304\" w:right=\"1134\" w:bottom=\"1304\" w:left=\"1134\" w:header=\"567\""
            + " w:footer=\"567\" w:gutter=\"0\"/><w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>"
            + "</w:body></w:document>";
}
