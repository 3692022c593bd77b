package qaf.ingest.workbook;

import jakarta.xml.bind.JAXBElement;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.docx4j.TraversalUtil;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTSdtDate;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.Text;

/**
 * Reads the content controls of a Word form (docx4j). Every control tagged {@code <file>.<column>}
 * is one cell of one row; controls with other tags are the form's own and are ignored. A control
 * still showing its prompt is blank; a check box is a boolean; a date picker gives its date. The
 * form's keys come from the controls themselves; custom properties {@code qaf.key.<file>.<column>}
 * written when qaf issued the form say which they must be.
 */
public final class FormReader {
    private FormReader() {
    }

    public static SourceFile read(Path path) {
        String name = path.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".docm")) {
            return SourceFile.refused(name, macros());
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                return SourceFile.refused(name, "encrypted (protected with a password to open) or a Word 97-2003"
                        + " document — remove any password and save it as Word Document (.docx)");
            }
            if (magic != FileMagic.OOXML) {
                return SourceFile.refused(name, "not a Word document that can be opened — save it again as Word"
                        + " Document (.docx)");
            }
        } catch (IOException e) {
            return SourceFile.refused(name, "the file cannot be read — save the form again as Word Document (.docx)");
        }
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(path.toFile());
        } catch (Docx4JException | RuntimeException e) {
            // docx4j's message is not shown: it may quote the file's content.
            return SourceFile.refused(name, "the form is damaged and cannot be read — open it in Word or"
                    + " LibreOffice, let it repair the file, and save it again as Word Document (.docx)");
        }
        if (hasMacros(pkg)) {
            return SourceFile.refused(name, macros());
        }
        return controls(name, pkg);
    }

    private static boolean hasMacros(WordprocessingMLPackage pkg) {
        try {
            return pkg.getParts().get(new PartName("/word/vbaProject.bin")) != null;
        } catch (org.docx4j.openpackaging.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String macros() {
        return "a macro-enabled document — qaf does not open files that carry macros; save it as Word Document"
                + " (.docx) and ingest that";
    }

    private static SourceFile controls(String name, WordprocessingMLPackage pkg) {
        List<SdtElement> found = new ArrayList<>();
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof SdtElement sdt) {
                    found.add(sdt);
                }
                return null;
            }
        });
        // file -> column -> value, in document order
        Map<String, Map<String, Object>> byFile = new LinkedHashMap<>();
        List<SourceFile.Issue> issues = new ArrayList<>();
        for (SdtElement sdt : found) {
            SdtPr pr = sdt.getSdtPr();
            String tag = pr == null || pr.getTag() == null ? null : pr.getTag().getVal();
            if (tag == null || tag.indexOf('.') <= 0) {
                continue;
            }
            String file = tag.substring(0, tag.indexOf('.')).toLowerCase(Locale.ROOT);
            String column = tag.substring(tag.indexOf('.') + 1).toLowerCase(Locale.ROOT);
            Map<String, Object> row = byFile.computeIfAbsent(file, f -> new LinkedHashMap<>());
            if (row.containsKey(column)) {
                issues.add(new SourceFile.Issue(tag, "", "a second control with this tag — a form holds one row;"
                        + " delete one of the two or give it its own tag"));
                continue;
            }
            row.put(column, value(sdt, pr));
        }
        if (byFile.size() > 1) {
            issues.add(new SourceFile.Issue("", "", "controls tagged for " + byFile.size() + " files ("
                    + String.join(", ", byFile.keySet()) + ") — one form holds one row of one file; split it"));
            return new SourceFile(name, List.of(), issues);
        }
        Map<String, String> keys = customKeys(pkg);
        List<Grid> grids = new ArrayList<>();
        byFile.forEach((file, row) -> {
            List<String> header = new ArrayList<>(row.keySet());
            List<String> places = header.stream().map(c -> file + "." + c).toList();
            Map<String, String> fixed = new LinkedHashMap<>();
            String prefix = WorkbookReader.KEY_PROPERTY + file + ".";
            keys.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    fixed.put(k.substring(prefix.length()), v);
                }
            });
            boolean any = row.values().stream().anyMatch(v -> v != null);
            List<Grid.GridRow> rows = any
                    ? List.of(new Grid.GridRow("", places, new ArrayList<>(row.values())))
                    : List.of();
            grids.add(new Grid(name, file, header, places, rows, fixed, fixed.keySet()));
        });
        return new SourceFile(name, grids, issues);
    }

    private static Map<String, String> customKeys(WordprocessingMLPackage pkg) {
        Map<String, String> out = new LinkedHashMap<>();
        var part = pkg.getDocPropsCustomPart();
        if (part == null) {
            return out;
        }
        org.docx4j.docProps.custom.Properties props;
        try {
            props = part.getContents();
        } catch (Docx4JException e) {
            return out; // unreadable custom properties: the form is read as one qaf did not issue
        }
        for (var p : props.getProperty()) {
            if (p.getName() != null && p.getName().startsWith(WorkbookReader.KEY_PROPERTY) && p.getLpwstr() != null) {
                out.put(p.getName().toLowerCase(Locale.ROOT), p.getLpwstr());
            }
        }
        return out;
    }

    private static Object value(SdtElement sdt, SdtPr pr) {
        boolean placeholder = false;
        for (Object o : pr.getRPrOrAliasOrLock()) {
            Object v = o instanceof JAXBElement<?> je ? je.getValue() : o;
            String local = o instanceof JAXBElement<?> je ? je.getName().getLocalPart() : "";
            if (local.equals("showingPlcHdr")) {
                placeholder = true;
            }
            if (v instanceof org.docx4j.w14.CTSdtCheckbox box) {
                return box.getChecked() != null && "1".equals(box.getChecked().getVal());
            }
            if (v instanceof CTSdtDate date && date.getFullDate() != null && !placeholder) {
                var d = date.getFullDate();
                return LocalDate.of(d.getYear(), d.getMonth(), d.getDay());
            }
        }
        if (placeholder) {
            return null;
        }
        String text = text(sdt.getSdtContent().getContent());
        return text.isBlank() ? null : text;
    }

    /** The control's text: paragraphs and line breaks as new lines, tabs as tabs, non-breaking hyphens as hyphens. */
    private static String text(List<Object> content) {
        StringBuilder b = new StringBuilder();
        new TraversalUtil(content, new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof P && b.length() > 0) {
                    b.append('\n');
                } else if (o instanceof Text t) {
                    b.append(t.getValue());
                } else if (o instanceof Br) {
                    b.append('\n');
                } else if (o instanceof R.Tab) {
                    b.append('\t');
                } else if (o instanceof R.NoBreakHyphen) {
                    // Word's Ctrl+Shift+hyphen ("12-03"): a hyphen to the reader, not nothing.
                    b.append('-');
                }
                return null;
            }
        });
        return b.toString();
    }
}
