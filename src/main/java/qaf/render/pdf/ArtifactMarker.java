package qaf.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * PDF/UA requires every piece of page content to be either tagged (inside marked content that the
 * structure tree points to) or an artifact. The exporter tags text and figures but paints cell
 * borders, rules and backgrounds outside any marked content; this rewrites a page's content stream
 * so each such painting operation is wrapped in {@code /Artifact BMC … EMC}. Tagged content is left
 * exactly as it was.
 */
final class ArtifactMarker {
    // The operators that paint, by kind; PaintingScan looks for the same ones in the raw bytes.
    static final Set<String> PATH_CONSTRUCTION = Set.of("m", "l", "c", "v", "y", "h", "re");
    static final Set<String> PATH_PAINTING = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");
    static final Set<String> SINGLE_PAINTING = Set.of("Do", "sh", "BI");
    static final Set<String> TEXT_SHOWING = Set.of("Tj", "TJ", "'", "\"");

    private ArtifactMarker() {
    }

    /** Rewrites the page's content if needed; whether it did. */
    static boolean markUnmarkedPainting(PDDocument doc, PDPage page) throws IOException {
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        // A byte scan decides first: building tokens for every page cost more than the rest of the pass.
        if (!PaintingScan.hasUnmarkedPainting(content)) {
            return false;
        }
        List<Object> tokens = new PDFStreamParser(content).parse();
        List<Object> marked = mark(tokens);
        if (marked == null) {
            return false;
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(marked);
        }
        page.setContents(stream);
        return true;
    }

    /** The tokens with unmarked painting wrapped as artifacts; null when nothing needed wrapping. */
    static List<Object> mark(List<Object> tokens) {
        List<List<Object>> ops = split(tokens);
        List<Object> out = new ArrayList<>(tokens.size() + tokens.size() / 4);
        int depth = 0;
        boolean inArtifactPath = false;
        boolean changed = false;
        for (int i = 0; i < ops.size(); i++) {
            List<Object> op = ops.get(i);
            String name = operatorName(op);
            switch (name) {
                case "BMC", "BDC" -> {
                    if (inArtifactPath) {
                        out.add(Operator.getOperator("EMC"));
                        inArtifactPath = false;
                    }
                    depth++;
                    out.addAll(op);
                }
                case "EMC" -> {
                    depth = Math.max(0, depth - 1);
                    out.addAll(op);
                }
                default -> {
                    if (depth > 0) {
                        out.addAll(op);
                    } else if (PATH_CONSTRUCTION.contains(name)) {
                        if (!inArtifactPath) {
                            openArtifact(out);
                            inArtifactPath = true;
                            changed = true;
                        }
                        out.addAll(op);
                    } else if (PATH_PAINTING.contains(name)) {
                        if (!inArtifactPath) {
                            openArtifact(out);
                            changed = true;
                        }
                        out.addAll(op);
                        out.add(Operator.getOperator("EMC"));
                        inArtifactPath = false;
                    } else if (SINGLE_PAINTING.contains(name)) {
                        openArtifact(out);
                        out.addAll(op);
                        out.add(Operator.getOperator("EMC"));
                        changed = true;
                    } else if ("BT".equals(name)) {
                        int end = textObjectEnd(ops, i);
                        if (!containsTextShowing(ops, i, end)) {
                            // Paints nothing (the exporter positions anchors this way): leave it.
                            for (int j = i; j <= end; j++) {
                                out.addAll(ops.get(j));
                            }
                        } else if (containsMarkedContent(ops, i, end)) {
                            changed |= markTextShowing(ops, i, end, out);
                        } else {
                            openArtifact(out);
                            for (int j = i; j <= end; j++) {
                                out.addAll(ops.get(j));
                            }
                            out.add(Operator.getOperator("EMC"));
                            changed = true;
                        }
                        i = end;
                    } else {
                        out.addAll(op);
                    }
                }
            }
        }
        if (inArtifactPath) {
            out.add(Operator.getOperator("EMC"));
        }
        return changed ? out : null;
    }

    /**
     * Inside a text object holding some marked content: wraps only the unmarked text-showing
     * operators; whether there were any.
     */
    private static boolean markTextShowing(List<List<Object>> ops, int start, int end, List<Object> out) {
        int depth = 0;
        boolean wrapped = false;
        for (int j = start; j <= end; j++) {
            List<Object> op = ops.get(j);
            String name = operatorName(op);
            if ("BMC".equals(name) || "BDC".equals(name)) {
                depth++;
            } else if ("EMC".equals(name)) {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && TEXT_SHOWING.contains(name)) {
                openArtifact(out);
                out.addAll(op);
                out.add(Operator.getOperator("EMC"));
                wrapped = true;
            } else {
                out.addAll(op);
            }
        }
        return wrapped;
    }

    private static int textObjectEnd(List<List<Object>> ops, int start) {
        for (int j = start + 1; j < ops.size(); j++) {
            if ("ET".equals(operatorName(ops.get(j)))) {
                return j;
            }
        }
        return ops.size() - 1;
    }

    private static boolean containsTextShowing(List<List<Object>> ops, int start, int end) {
        for (int j = start; j <= end; j++) {
            if (TEXT_SHOWING.contains(operatorName(ops.get(j)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsMarkedContent(List<List<Object>> ops, int start, int end) {
        for (int j = start; j <= end; j++) {
            String name = operatorName(ops.get(j));
            if ("BMC".equals(name) || "BDC".equals(name) || "EMC".equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void openArtifact(List<Object> out) {
        out.add(COSName.ARTIFACT);
        out.add(Operator.getOperator("BMC"));
    }

    /** Groups the flat token list into operations: operands followed by their operator. */
    private static List<List<Object>> split(List<Object> tokens) {
        List<List<Object>> ops = new ArrayList<>();
        List<Object> current = new ArrayList<>(4);
        for (Object token : tokens) {
            current.add(token);
            if (token instanceof Operator) {
                ops.add(current);
                current = new ArrayList<>(4);
            }
        }
        if (!current.isEmpty()) {
            ops.add(current);
        }
        return ops;
    }

    private static String operatorName(List<Object> op) {
        Object last = op.get(op.size() - 1);
        return last instanceof Operator operator ? operator.getName() : "";
    }
}
