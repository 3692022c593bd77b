package qaf.render.docx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.xml.bind.JAXBElement;
import org.docx4j.XmlUtils;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * A normalised text view of a saved .docx for golden and contract tests: what a reader gets, plus the
 * few style facts that matter. Reloads the bytes with docx4j, so it tests the file, not the builder.
 *
 * <pre>
 * [properties] title=...; language=en-GB; creator=qaf
 * [header] OFFICIAL-SENSITIVE
 * [footer] Page {PAGE} of {NUMPAGES}
 * = Title                       (Title style)
 * # Heading 1 / ## Heading 2 / ### Heading 3   (from the style's outline level)
 * - bullet                      (List Bullet or numbered paragraph)
 * plain paragraph               (line breaks as "&lt;br&gt;")
 * | a | b |                     (table row; "|-" follows a repeating header row)
 * [figure: alt text]
 * [field tag: answer]            (content control; "[field tag, empty: prompt]" while showing its
 *                                 placeholder; "choice" instead of "field" for a drop-down list,
 *                                 its options after "; options: ", split by " | ")
 * </pre>
 * Empty paragraphs are left out.
 */
public final class DocxProjection {
    private DocxProjection() {
    }

    public static String project(byte[] docx) {
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (Docx4JException e) {
            throw new IllegalArgumentException("not a readable .docx", e);
        }
        MainDocumentPart main = pkg.getMainDocumentPart();
        Map<String, Style> styles = new HashMap<>();
        for (Style s : main.getStyleDefinitionsPart().getJaxbElement().getStyle()) {
            styles.put(s.getStyleId(), s);
        }
        StringBuilder out = new StringBuilder();
        CoreProperties core = pkg.getDocPropsCorePart() == null ? null : pkg.getDocPropsCorePart().getJaxbElement();
        if (core != null) {
            out.append("[properties] title=").append(first(core.getTitle() == null ? null
                            : core.getTitle().getValue().getContent()))
                    .append("; language=").append(core.getLanguage() == null ? "" : first(core.getLanguage().getContent()))
                    .append("; creator=").append(first(core.getCreator() == null ? null : core.getCreator().getContent()))
                    .append('\n');
        }
        var sectPr = main.getJaxbElement().getBody().getSectPr();
        if (sectPr != null) {
            for (CTRel ref : sectPr.getEGHdrFtrReferences()) {
                Part part = main.getRelationshipsPart().getPart(ref.getId());
                if (part instanceof HeaderPart h) {
                    blocks(h.getContent(), styles, out, "[header] ");
                } else if (part instanceof FooterPart f) {
                    blocks(f.getContent(), styles, out, "[footer] ");
                }
            }
        }
        blocks(main.getContent(), styles, out, "");
        return out.toString();
    }

    /**
     * The text of every XML part of the package (body, headers, footers, properties, comments), tags
     * removed: what a privacy scan must search, since personal data can hide outside the body.
     */
    public static String allText(byte[] docx) {
        StringBuilder out = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(docx), java.nio.charset.StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    String xml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    // Runs of one word may be split across elements: tags vanish without a space.
                    out.append(unescapeXml(
                            xml.replaceAll("<w:(p|br|tab)\\b[^>]*>", " ").replaceAll("<[^>]+>", ""))).append('\n');
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static void blocks(List<Object> content, Map<String, Style> styles, StringBuilder out, String prefix) {
        for (Object o : content) {
            Object x = XmlUtils.unwrap(o);
            if (x instanceof P p) {
                String text = text(p).replace("\n", "<br>");
                if (!text.isBlank()) {
                    out.append(prefix).append(marker(p, styles)).append(text).append('\n');
                }
            } else if (x instanceof Tbl t) {
                table(t, out, prefix);
            } else if (x instanceof ContentAccessor c) {
                blocks(c.getContent(), styles, out, prefix);
            }
        }
    }

    private static void table(Tbl t, StringBuilder out, String prefix) {
        for (Object o : t.getContent()) {
            if (!(XmlUtils.unwrap(o) instanceof Tr tr)) {
                continue;
            }
            out.append(prefix).append('|');
            for (Object c : tr.getContent()) {
                if (XmlUtils.unwrap(c) instanceof Tc tc) {
                    StringBuilder cell = new StringBuilder();
                    for (Object cp : tc.getContent()) {
                        if (XmlUtils.unwrap(cp) instanceof P p) {
                            if (cell.length() > 0) {
                                cell.append('\n');
                            }
                            cell.append(text(p));
                        }
                    }
                    out.append(' ').append(cell.toString().replace("|", "\\|").replace("\n", "<br>")).append(" |");
                }
            }
            out.append('\n');
            boolean header = tr.getTrPr() != null && tr.getTrPr().getCnfStyleOrDivIdOrGridBefore().stream()
                    .anyMatch(e -> e.getName().getLocalPart().equals("tblHeader"));
            if (header) {
                out.append(prefix).append("|-\n");
            }
        }
    }

    private static String marker(P p, Map<String, Style> styles) {
        if (p.getPPr() == null) {
            return "";
        }
        String id = p.getPPr().getPStyle() == null ? null : p.getPPr().getPStyle().getVal();
        if ("Title".equals(id)) {
            return "= ";
        }
        Integer level = outlineLevel(id, styles, 0);
        if (level != null && level < 9) {
            return "#".repeat(level + 1) + " ";
        }
        boolean numbered = p.getPPr().getNumPr() != null || listStyle(id, styles, 0);
        return numbered ? "- " : "";
    }

    private static Integer outlineLevel(String id, Map<String, Style> styles, int depth) {
        Style s = id == null ? null : styles.get(id);
        if (s == null || depth > 10) {
            return null;
        }
        if (s.getPPr() != null && s.getPPr().getOutlineLvl() != null) {
            return s.getPPr().getOutlineLvl().getVal().intValue();
        }
        return s.getBasedOn() == null ? null : outlineLevel(s.getBasedOn().getVal(), styles, depth + 1);
    }

    private static boolean listStyle(String id, Map<String, Style> styles, int depth) {
        Style s = id == null ? null : styles.get(id);
        if (s == null || depth > 10) {
            return false;
        }
        if (s.getPPr() != null && s.getPPr().getNumPr() != null) {
            return true;
        }
        return s.getBasedOn() != null && listStyle(s.getBasedOn().getVal(), styles, depth + 1);
    }

    private static String field(org.docx4j.wml.SdtElement sdt) {
        org.docx4j.wml.SdtPr pr = sdt.getSdtPr();
        String tag = pr == null || pr.getTag() == null ? "?" : pr.getTag().getVal();
        boolean placeholder = false;
        boolean choice = false;
        List<String> options = new ArrayList<>();
        if (pr != null) {
            for (Object o : pr.getRPrOrAliasOrLock()) {
                String name = o instanceof JAXBElement<?> j ? j.getName().getLocalPart() : "";
                placeholder |= name.equals("showingPlcHdr");
                choice |= name.equals("dropDownList");
                if (o instanceof JAXBElement<?> j && j.getValue() instanceof org.docx4j.wml.CTSdtDropDownList list) {
                    list.getListItem().forEach(item -> options.add(item.getDisplayText()));
                }
            }
        }
        StringBuilder content = new StringBuilder();
        if (sdt.getSdtContent() != null) {
            collect(sdt.getSdtContent().getContent(), content);
        }
        return "[" + (choice ? "choice " : "field ") + tag + (placeholder ? ", empty: " : ": ") + content
                + (options.isEmpty() ? "" : "; options: " + String.join(" | ", options)) + "]";
    }

    private static String text(ContentAccessor container) {
        StringBuilder sb = new StringBuilder();
        collect(container.getContent(), sb);
        return sb.toString();
    }

    private static void collect(List<Object> content, StringBuilder sb) {
        for (Object o : content) {
            Object x = XmlUtils.unwrap(o);
            if (x instanceof Text t) {
                boolean instruction = o instanceof JAXBElement<?> j && j.getName().getLocalPart().equals("instrText");
                sb.append(instruction ? "{" + t.getValue().trim() + "}" : t.getValue());
            } else if (x instanceof Br br) {
                sb.append(br.getType() == null || br.getType().value().equals("textWrapping") ? "\n" : "");
            } else if (x instanceof R.Tab) {
                sb.append('\t');
            } else if (x instanceof R.NoBreakHyphen) {
                sb.append('-');
            } else if (x instanceof CTSimpleField f) {
                sb.append('{').append(f.getInstr().trim()).append('}');
            } else if (x instanceof org.docx4j.wml.SdtElement sdt) {
                sb.append(field(sdt));
            } else if (x instanceof Drawing d) {
                for (Object a : d.getAnchorOrInline()) {
                    if (a instanceof Inline inline) {
                        sb.append("[figure: ").append(inline.getDocPr().getDescr()).append(']');
                    }
                }
            } else if (x instanceof ContentAccessor c) {
                collect(c.getContent(), sb);
            }
        }
    }

    /** XML's five named entities and numeric references, as a reader of the part sees them. */
    private static String unescapeXml(String xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);")
                .matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(c));
        }
        return m.appendTail(out).toString();
    }
}
