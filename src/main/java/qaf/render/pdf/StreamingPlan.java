package qaf.render.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qaf.render.pdf.PdfSyntax.Span;

/**
 * What the pre-pass learns from the catalog and the page tree: which objects are page content,
 * fonts and font descriptors, which subset tags become which, and the page count.
 */
final class StreamingPlan {
    final BitSet contents = new BitSet();
    final BitSet fonts = new BitSet();
    final BitSet cidSets = new BitSet();
    /** ToUnicode stream → the font program of its Identity-H font: completed as they are copied. */
    final Map<Integer, Integer> toUnicode = new HashMap<>();
    final Map<String, String> prefixes = new HashMap<>();
    int metadata = -1;
    int pages;

    static StreamingPlan of(RawPdf raw) throws IOException {
        StreamingPlan plan = new StreamingPlan();
        RawObject catalog = raw.object(raw.root);
        Map<String, Span> entries = catalog.dictionary();
        if (entries.containsKey("Metadata")) {
            plan.metadata = PdfSyntax.reference(catalog.bytes(), entries.get("Metadata"));
        }
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> nodes = new ArrayDeque<>();
        nodes.push(PdfSyntax.reference(catalog.bytes(), entries.get("Pages")));
        while (!nodes.isEmpty()) {
            int number = nodes.pop();
            RawObject node = raw.object(number);
            byte[] b = node.bytes();
            Map<String, Span> dict = node.dictionary();
            if ("Pages".equals(PdfSyntax.name(b, dict.get("Type")))) {
                if (dict.containsKey("Resources")) {
                    // OpenPDF gives every page its own; inherited fonts would escape the subset renaming.
                    throw new IllegalStateException("page tree node " + number + " has inherited /Resources,"
                            + " which this pass does not follow");
                }
                List<Span> kids = PdfSyntax.array(b, dict.get("Kids").start(), dict.get("Kids").end());
                for (int k = kids.size() - 1; k >= 0; k--) {
                    nodes.push(PdfSyntax.reference(b, kids.get(k)));
                }
                continue;
            }
            plan.pages++;
            Span contents = dict.get("Contents");
            if (contents != null) {
                if (b[contents.start()] == '[') {
                    for (Span s : PdfSyntax.array(b, contents.start(), contents.end())) {
                        plan.contents.set(PdfSyntax.reference(b, s));
                    }
                } else {
                    plan.contents.set(PdfSyntax.reference(b, contents));
                }
            }
            plan.resources(raw, b, dict.get("Resources"), seen);
        }
        return plan;
    }

    /** Fonts of a resource dictionary and of the form XObjects it names, in order of first use. */
    private void resources(RawPdf raw, byte[] b, Span span, Set<Integer> seen) throws IOException {
        if (span == null) {
            return;
        }
        int ref = PdfSyntax.reference(b, span);
        if (ref >= 0) {
            if (!seen.add(ref)) {
                return;
            }
            RawObject object = raw.object(ref);
            b = object.bytes();
            span = new Span(object.valueStart(), object.valueEnd());
        }
        Map<String, Span> dict = PdfSyntax.dictionary(b, span.start(), span.end());
        for (int font : values(raw, b, dict.get("Font"))) {
            font(raw, font);
        }
        for (int number : values(raw, b, dict.get("XObject"))) {
            if (number < 0 || !seen.add(number)) {
                continue;
            }
            RawObject form = raw.object(number);
            Map<String, Span> formDict = form.dictionary();
            if ("Form".equals(PdfSyntax.name(form.bytes(), formDict.get("Subtype")))) {
                resources(raw, form.bytes(), formDict.get("Resources"), seen);
            }
        }
    }

    /** The objects a sub-dictionary (inline or by reference) names, in entry order. */
    private static List<Integer> values(RawPdf raw, byte[] b, Span span) throws IOException {
        if (span == null) {
            return List.of();
        }
        int ref = PdfSyntax.reference(b, span);
        if (ref >= 0) {
            RawObject object = raw.object(ref);
            b = object.bytes();
            span = new Span(object.valueStart(), object.valueEnd());
        }
        List<Integer> numbers = new ArrayList<>();
        for (Span value : PdfSyntax.dictionary(b, span.start(), span.end()).values()) {
            numbers.add(PdfSyntax.reference(b, value));
        }
        return numbers;
    }

    private void font(RawPdf raw, int number) throws IOException {
        if (number < 0 || fonts.get(number)) {
            return;
        }
        fonts.set(number);
        RawObject font = raw.object(number);
        byte[] b = font.bytes();
        Map<String, Span> dict = font.dictionary();
        rename(b, dict.get("BaseFont"));
        shapedFont(raw, b, dict);
        Span descendants = dict.get("DescendantFonts");
        if (descendants != null) {
            int ref = PdfSyntax.reference(b, descendants);
            if (ref >= 0) {
                throw new IllegalStateException("an indirect DescendantFonts array is not expected from the exporter");
            }
            for (Span cidFont : PdfSyntax.array(b, descendants.start(), descendants.end())) {
                font(raw, PdfSyntax.reference(b, cidFont));
            }
        }
        Span descriptorRef = dict.get("FontDescriptor");
        int descriptor = descriptorRef == null ? -1 : PdfSyntax.reference(b, descriptorRef);
        if (descriptor >= 0 && !fonts.get(descriptor)) {
            fonts.set(descriptor);
            RawObject object = raw.object(descriptor);
            Map<String, Span> descriptorDict = object.dictionary();
            Span cidSet = descriptorDict.get("CIDSet");
            if (cidSet != null) {
                cidSets.set(PdfSyntax.reference(object.bytes(), cidSet));
            }
            rename(object.bytes(), descriptorDict.get("FontName"));
        }
    }

    /**
     * Notes a Type0 font's ToUnicode stream and its font program, as {@link ToUnicodeCompletion}
     * needs them: one descendant with an identity CIDToGIDMap (codes are glyph ids) and an
     * embedded TrueType program. Shaped text draws glyphs that no character maps to.
     */
    private void shapedFont(RawPdf raw, byte[] b, Map<String, Span> dict) throws IOException {
        Span subtype = dict.get("Subtype");
        Span toUnicodeRef = dict.get("ToUnicode");
        Span descendants = dict.get("DescendantFonts");
        if (subtype == null || !"Type0".equals(PdfSyntax.name(b, subtype)) || toUnicodeRef == null
                || descendants == null || PdfSyntax.reference(b, descendants) >= 0) {
            return;
        }
        int toUnicodeNumber = PdfSyntax.reference(b, toUnicodeRef);
        List<Span> cidFonts = PdfSyntax.array(b, descendants.start(), descendants.end());
        if (toUnicodeNumber < 0 || cidFonts.size() != 1 || PdfSyntax.reference(b, cidFonts.get(0)) < 0) {
            return;
        }
        RawObject cidFont = raw.object(PdfSyntax.reference(b, cidFonts.get(0)));
        Map<String, Span> cidDict = cidFont.dictionary();
        Span map = cidDict.get("CIDToGIDMap");
        Span descriptorRef = cidDict.get("FontDescriptor");
        if ((map != null && !"Identity".equals(PdfSyntax.name(cidFont.bytes(), map))) || descriptorRef == null
                || PdfSyntax.reference(cidFont.bytes(), descriptorRef) < 0) {
            return;
        }
        RawObject descriptor = raw.object(PdfSyntax.reference(cidFont.bytes(), descriptorRef));
        Span fontFile = descriptor.dictionary().get("FontFile2");
        int fontFileNumber = fontFile == null ? -1 : PdfSyntax.reference(descriptor.bytes(), fontFile);
        if (fontFileNumber >= 0) {
            toUnicode.put(toUnicodeNumber, fontFileNumber);
        }
    }

    private void rename(byte[] b, Span span) {
        String name = span == null ? null : PdfSyntax.name(b, span);
        if (name != null && PdfPostProcessor.isSubsetName(name)) {
            PdfPostProcessor.newPrefix(name, prefixes);
        }
    }
}
