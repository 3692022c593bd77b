package qaf.boardpack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qaf.render.docx.DocxZip;

/**
 * The board pack's DOCX twin, made by merging the published DOCX bodies (not by composing each
 * kind again: the pack holds exactly what was published) after the cover, the same block document
 * as the PDF's cover. Its contents table has the PDF's entries in the PDF's order; each page cell is
 * a {@code PAGEREF} field to a bookmark on its document's first paragraph, which Word fills in when
 * the file is opened ({@code updateFields}) and LibreOffice as it lays the pages out — Word's pages
 * are not the PDF's, so no number is written in advance. Each document follows in its own section,
 * so a landscape document keeps its landscape pages; headers and footers are the pack's, whose
 * PAGE and NUMPAGES fields number the pack through, never restarting. All the sources come from the
 * same house style, so their styles and numbering are the cover's.
 *
 * <p>Works on the package's XML text: docx4j would re-save every part with the wall-clock time in
 * the zip entries, and the pack must be byte-identical for the same inputs.
 */
final class DocxPack {
    private static final String DOCUMENT = "word/document.xml";
    private static final String RELS = "word/_rels/document.xml.rels";
    private static final String SETTINGS = "word/settings.xml";
    private static final String TYPES = "[Content_Types].xml";
    /** The page cell of contents row i holds this followed by i; replaced by a PAGEREF field. */
    private static final String PAGE_MARK = "QAFPACKPAGE";
    private static final String BOOKMARK = "qaf_pack_document_";
    /** Bookmark ids above any the house style's documents use (they use none today). */
    private static final int BOOKMARK_ID_BASE = 90000;
    private static final Pattern EMBED = Pattern.compile("r:embed=\"([^\"]+)\"");
    private static final Pattern DOC_PR_ID = Pattern.compile("(<wp:docPr\\b[^>]*?\\bid=\")(\\d+)(\")");
    private static final Pattern HDR_FTR_REF = Pattern.compile("<w:(header|footer)Reference\\b[^>]*/>");
    /** Settings children that come after updateFields in the schema's sequence. */
    private static final List<String> AFTER_UPDATE_FIELDS = List.of("<w:hdrShapeDefaults", "<w:footnotePr",
            "<w:endnotePr", "<w:compat", "<w:docVars", "<w:rsids", "<m:mathPr", "<w:attachedSchema",
            "<w:themeFontLang", "<w:clrSchemeMapping", "<w:doNotIncludeSubdocsInStats",
            "<w:doNotAutoCompressPictures", "<w:forceUpgrade", "<w:captions", "<w:readModeInkLockDown",
            "<w:smartTagType", "<sl:schemaLibrary", "<w:shapeDefaults", "<w:doNotEmbedSmartTags",
            "<w:decimalSymbol", "<w:listSeparator");

    /** One published DOCX: its title and its bytes. */
    record Source(String title, byte[] docx) {
    }

    private DocxPack() {
    }

    /** What the cover's contents shows in each page cell until the pack makes it a field. */
    static List<String> pageCells(int documents) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= documents; i++) {
            cells.add(PAGE_MARK + i);
        }
        return cells;
    }

    /** The pack: {@code cover} (rendered with {@link #pageCells}), then every source in order. */
    static void assemble(byte[] cover, List<Source> sources, OutputStream out) throws IOException {
        Map<String, byte[]> pack = DocxZip.read(cover);

        String document = text(pack, DOCUMENT);
        String rels = text(pack, RELS);
        int bodySectPr = document.lastIndexOf("<w:sectPr");
        String packSectPr = document.substring(bodySectPr, document.indexOf("</w:sectPr>", bodySectPr)
                + "</w:sectPr>".length());
        String packHeaderFooter = headerFooterRefs(packSectPr);

        StringBuilder body = new StringBuilder();
        // The cover ends its own section, in the pack's page set-up.
        body.append("<w:p><w:pPr>").append(packSectPr).append("</w:pPr></w:p>");
        StringBuilder newRels = new StringBuilder();
        int docPrId = 0;
        String lastSectPr = packSectPr;
        for (int i = 0; i < sources.size(); i++) {
            Map<String, byte[]> source = DocxZip.read(sources.get(i).docx());
            String xml = text(source, DOCUMENT);
            int start = xml.indexOf("<w:body>") + "<w:body>".length();
            int sect = xml.lastIndexOf("<w:sectPr");
            if (start < "<w:body>".length() || sect < start) {
                throw new IllegalStateException("published DOCX " + (i + 1) + " of the pack has no body");
            }
            // docx4j's "Modified by" comment would otherwise repeat once per document.
            String content = xml.substring(start, sect).replaceAll("<!--.*?-->", "");
            String sectPr = xml.substring(sect, xml.indexOf("</w:sectPr>", sect) + "</w:sectPr>".length());
            content = moveImages(content, i + 1, text(source, RELS), source, pack, newRels);
            content = bookmarkFirstParagraph(content, i + 1);
            Matcher ids = DOC_PR_ID.matcher(content);
            StringBuilder renumbered = new StringBuilder();
            while (ids.find()) {
                docPrId++;
                ids.appendReplacement(renumbered, Matcher.quoteReplacement(ids.group(1) + docPrId + ids.group(3)));
            }
            ids.appendTail(renumbered);
            body.append(renumbered);
            // The document's own page set-up (e.g. landscape) with the pack's header and footer.
            lastSectPr = HDR_FTR_REF.matcher(sectPr).replaceAll("").replaceFirst("<w:sectPr>",
                    Matcher.quoteReplacement("<w:sectPr>" + packHeaderFooter));
            if (i < sources.size() - 1) {
                body.append("<w:p><w:pPr>").append(lastSectPr).append("</w:pPr></w:p>");
            }
        }
        String head = document.substring(0, bodySectPr);
        String tail = document.substring(bodySectPr);
        tail = lastSectPr + tail.substring(tail.indexOf("</w:sectPr>") + "</w:sectPr>".length());
        for (int i = 1; i <= sources.size(); i++) {
            head = pageField(head, i);
        }
        pack.put(DOCUMENT, (head + body + tail).getBytes(StandardCharsets.UTF_8));
        pack.put(RELS, rels.replace("</Relationships>", newRels + "</Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        pack.put(SETTINGS, updateFields(text(pack, SETTINGS)).getBytes(StandardCharsets.UTF_8));
        String types = text(pack, TYPES);
        if (!types.contains("Extension=\"png\"")) {
            types = types.replace("<Default ", "<Default Extension=\"png\" ContentType=\"image/png\"/><Default ");
        }
        pack.put(TYPES, types.getBytes(StandardCharsets.UTF_8));
        DocxZip.write(pack, out);
    }

    /** Copies the images a source's body uses into the pack under new names and relationship ids. */
    private static String moveImages(String content, int sourceNumber, String sourceRels, Map<String, byte[]> source,
            Map<String, byte[]> pack, StringBuilder newRels) {
        Matcher m = EMBED.matcher(content);
        Map<String, String> renamed = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String oldId = m.group(1);
            String newId = renamed.computeIfAbsent(oldId, id -> {
                String target = relationshipTarget(sourceRels, id);
                byte[] image = source.get("word/" + target);
                if (image == null) {
                    throw new IllegalStateException("published DOCX " + sourceNumber + " misses its image " + target);
                }
                String file = "media/pack-" + sourceNumber + "-" + target.substring(target.lastIndexOf('/') + 1);
                pack.put("word/" + file, image);
                String rid = "rIdPack" + sourceNumber + "x" + (renamed.size() + 1);
                newRels.append("<Relationship Target=\"").append(file)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Id=\"")
                        .append(rid).append("\"/>");
                return rid;
            });
            m.appendReplacement(out, Matcher.quoteReplacement("r:embed=\"" + newId + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String relationshipTarget(String rels, String id) {
        Matcher m = Pattern.compile("<Relationship\\b[^>]*\\bId=\"" + Pattern.quote(id) + "\"[^>]*/>").matcher(rels);
        if (!m.find()) {
            throw new IllegalStateException("a published DOCX refers to a missing relationship " + id);
        }
        Matcher target = Pattern.compile("Target=\"([^\"]+)\"").matcher(m.group());
        if (!target.find()) {
            throw new IllegalStateException("relationship " + id + " has no target");
        }
        return target.group(1);
    }

    private static String headerFooterRefs(String sectPr) {
        Matcher m = HDR_FTR_REF.matcher(sectPr);
        StringBuilder refs = new StringBuilder();
        while (m.find()) {
            refs.append(m.group());
        }
        return refs.toString();
    }

    /**
     * Makes the run holding row {@code i}'s page mark a {@code PAGEREF} field to document i's
     * bookmark, in the run's own formatting, showing nothing until it is updated.
     */
    private static String pageField(String xml, int i) {
        String mark = PAGE_MARK + i + "<";
        int at = xml.indexOf(mark);
        int open = Math.max(xml.lastIndexOf("<w:r>", at), xml.lastIndexOf("<w:r ", at));
        int close = xml.indexOf("</w:r>", at);
        if (at < 0 || open < 0 || close < 0) {
            throw new IllegalStateException("the board pack cover lost the page cell of document " + i);
        }
        String run = xml.substring(open, close + "</w:r>".length());
        String cached = run.replaceFirst(PAGE_MARK + i + "<", "<");
        return xml.substring(0, open) + "<w:fldSimple w:instr=\" PAGEREF " + BOOKMARK + i + " \\h \">" + cached
                + "</w:fldSimple>" + xml.substring(close + "</w:r>".length());
    }

    /** A bookmark around the start of the first paragraph of a document's body: where its page is. */
    private static String bookmarkFirstParagraph(String content, int i) {
        int p = firstParagraph(content);
        if (p < 0) {
            throw new IllegalStateException("published DOCX " + i + " of the pack has no paragraph");
        }
        int at = content.indexOf('>', p) + 1;
        if (content.startsWith("<w:pPr/>", at)) {
            at += "<w:pPr/>".length();
        } else if (content.startsWith("<w:pPr", at)) {
            at = content.indexOf("</w:pPr>", at) + "</w:pPr>".length();
        }
        int id = BOOKMARK_ID_BASE + i;
        return content.substring(0, at) + "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + BOOKMARK + i + "\"/>"
                + "<w:bookmarkEnd w:id=\"" + id + "\"/>" + content.substring(at);
    }

    private static int firstParagraph(String content) {
        int plain = content.indexOf("<w:p>");
        int attributes = content.indexOf("<w:p ");
        if (plain < 0 || attributes < 0) {
            return Math.max(plain, attributes);
        }
        return Math.min(plain, attributes);
    }

    private static String updateFields(String settings) {
        if (settings.contains("<w:updateFields")) {
            return settings;
        }
        int at = settings.indexOf("</w:settings>");
        for (String next : AFTER_UPDATE_FIELDS) {
            int i = settings.indexOf(next);
            if (i >= 0 && i < at) {
                at = i;
            }
        }
        return settings.substring(0, at) + "<w:updateFields w:val=\"true\"/>" + settings.substring(at);
    }

    private static String text(Map<String, byte[]> zip, String name) {
        byte[] bytes = zip.get(name);
        if (bytes == null) {
            throw new IllegalStateException("a DOCX of the board pack has no " + name);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
