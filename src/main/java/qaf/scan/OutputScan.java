package qaf.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import qaf.privacy.ChildMatcher;
import qaf.privacy.Hit;
import qaf.privacy.SourceCells;
import qaf.publish.Manifest;

/**
 * Checks a built output folder the way an outsider would read it: every file the manifest lists for
 * a board or public audience — its PDF (text, metadata, bookmarks, alt text), its DOCX (body,
 * headers, footers, properties, alt text) and its tables' CSV — against every child. Case
 * documents, which may name their child, are not read. Findings name the file, the place in it,
 * the child refs and the kind, never the text found.
 */
public final class OutputScan {
    /**
     * A child found in a file.
     *
     * @param from the dataset cells it was typed into, as far as the text read tells them apart
     *     ({@link SourceCells}); {@link SourceCells.Attribution#NONE} when the scan had no store text
     */
    public record Finding(String file, String where, Hit hit, SourceCells.Attribution from) {
        public String format() {
            return where + ": " + hit.describe();
        }

        /** "from actions.csv, action_ref=ACT-07, column description", "from one of 3: …", or why none. */
        public String source() {
            return (from.candidates() == 0 ? "" : "from ") + from.describe();
        }
    }

    /** A listed file that could not be read, so cannot be said to be clean. */
    public record Unreadable(String file, String reason) {
    }

    /**
     * @param notCounted dates of birth found that are also the date of a record (see {@link #scan}),
     *     and so are not findings
     * @param notCountedChildren the children those dates belong to
     */
    public record Result(int filesScanned, int caseFilesSkipped, List<Finding> findings, List<Unreadable> unreadable,
            int notCounted, SortedSet<String> notCountedChildren) {
        public Result {
            findings = List.copyOf(findings);
            unreadable = List.copyOf(unreadable);
            notCountedChildren = new TreeSet<>(notCountedChildren);
        }

        public boolean clean() {
            return findings.isEmpty() && unreadable.isEmpty();
        }
    }

    private final Path outDir;
    private final ChildMatcher matcher;
    private final Set<String> birthdaysOnRecordDates;
    private final Supplier<SourceCells> sourcesToScreen;
    private SourceCells sources;

    /**
     * @param birthdaysOnRecordDates children whose date of birth is also the date of one of the
     *     partnership's records (an action due, an audit returned…): documents print such dates as
     *     record dates, and in extracted text the two cannot be told apart, so a date-of-birth hit
     *     that could only be one of these children is counted apart instead of as a finding. Their
     *     names are still looked for.
     */
    public OutputScan(Path outDir, ChildMatcher matcher, Set<String> birthdaysOnRecordDates) {
        this(outDir, matcher, birthdaysOnRecordDates, null);
    }

    /**
     * @param sources the store's free text screened by the same matcher ({@code FreeTextColumns#screen}),
     *     asked for at the first finding, so that each finding names the cell it was typed into; null
     *     for none
     */
    public OutputScan(Path outDir, ChildMatcher matcher, Set<String> birthdaysOnRecordDates,
            Supplier<SourceCells> sources) {
        this.outDir = outDir.toAbsolutePath().normalize();
        this.matcher = matcher;
        this.birthdaysOnRecordDates = Set.copyOf(birthdaysOnRecordDates);
        this.sourcesToScreen = sources;
    }

    public Result scan(Manifest manifest) {
        List<Finding> findings = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        SortedSet<String> notCountedChildren = new TreeSet<>();
        int[] notCounted = {0};
        int scanned = 0;
        int skipped = 0;
        Set<String> dataSeen = new HashSet<>();
        for (Manifest.Document d : manifest.documents()) {
            if ("case".equals(d.audience())) {
                skipped++;
                continue;
            }
            List<String> files = new ArrayList<>(List.of(d.path()));
            d.data().stream().map(Manifest.DataFile::path).filter(dataSeen::add).forEach(files::add);
            for (String file : files) {
                scanned++;
                Consumer<TextPart> check = part -> matcher.find(part.text(), hit -> {
                    if (hit.kind() == Hit.Kind.DATE_OF_BIRTH && birthdaysOnRecordDates.containsAll(hit.childRefs())) {
                        notCounted[0]++;
                        notCountedChildren.addAll(hit.childRefs());
                    } else {
                        findings.add(new Finding(file, part.where(), hit, from(hit, part, file)));
                    }
                });
                try {
                    read(file, check);
                } catch (IOException | RuntimeException e) {
                    // PDFBox and the XML parser report damage as IOException or, for some damage, unchecked.
                    unreadable.add(new Unreadable(file, e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
            }
        }
        return new Result(scanned, skipped, findings, unreadable, notCounted[0], notCountedChildren);
    }

    /** Where the hit was typed: the published file's name holds its document's refs, a CSV row its own. */
    private SourceCells.Attribution from(Hit hit, TextPart part, String file) {
        if (sourcesToScreen == null) {
            return SourceCells.Attribution.NONE;
        }
        if (sources == null) {
            sources = sourcesToScreen.get();
        }
        String name = Path.of(file).getFileName().toString();
        String document = Path.of(file).getParent() == null ? name : Path.of(file).getParent().getFileName().toString();
        List<String> refs = new ArrayList<>();
        refs.add(name.replaceAll("\\.(pdf|docx|csv)$", ""));
        refs.add(document.replaceAll("\\.data$", ""));
        for (String piece : List.of(name, document, part.row())) {
            refs.addAll(List.of(piece.replaceAll("\\.(pdf|docx|csv|data)$", "").split("[^\\p{L}\\p{N}_.\\-]+|_")));
        }
        return sources.attribute(hit, part.text(), refs);
    }

    private void read(String relative, Consumer<TextPart> sink) throws IOException {
        Path file = outDir.resolve(relative).normalize();
        if (!file.startsWith(outDir)) {
            throw new IOException("the manifest points outside the output folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("listed in the manifest but missing");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            PdfParts.read(file, sink);
        } else if (name.endsWith(".docx")) {
            DocxParts.read(file, sink);
        } else if (name.endsWith(".csv")) {
            CsvParts.read(file, sink);
        } else {
            throw new IOException("not a PDF, DOCX or CSV file: qaf cannot read it");
        }
    }
}
