package qaf.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import qaf.store.Table;

/**
 * Reads a dataset's {@code narrative/} folder (DATA-FORMAT.md Version 2): one Markdown file per place
 * in a document, {@code narrative/<kind>/<document name>/<section>.md}, each becoming one row of the
 * narrative table (upsert on kind + document + section, all-or-nothing with the rest). The text is
 * stored as written (NFC); placing and rendering it is the composers' work. Files that are not
 * {@code .md} are ignored, like non-CSV files beside the data; a misplaced {@code .md} is an error,
 * since its text would otherwise be lost without a word.
 */
final class NarrativeFiles {
    static final String FOLDER = "narrative";
    static final FileSpec SPEC = new FileSpec(FOLDER + "/", Table.NARRATIVE, List.of(
            Field.required("kind", Field.Kind.REF), Field.required("document", Field.Kind.REF),
            Field.required("section", Field.Kind.REF), Field.required("markdown", Field.Kind.TEXT)), Map.of());
    private static final Pattern SECTION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private NarrativeFiles() {
    }

    /** The folder's files as rows, or empty when the dataset has no narrative/ folder. */
    static Optional<ParsedFile> read(Path datasetDir, List<Problem> problems) {
        Path folder = datasetDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the narrative folder " + folder, e);
        }
        List<ParsedFile.Row> rows = new ArrayList<>();
        for (Path file : files) {
            Path relative = folder.relativize(file);
            String shown = FOLDER + "/" + relative.toString().replace('\\', '/');
            row(file, relative, shown, problems).ifPresent(values -> rows.add(new ParsedFile.Row(0, values, true)));
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < SPEC.fields().size(); i++) {
            positions.put(SPEC.fields().get(i).name(), i + 1);
        }
        return Optional.of(new ParsedFile(SPEC, FOLDER + "/", positions, rows));
    }

    private static Optional<Object[]> row(Path file, Path relative, String shown, List<Problem> problems) {
        if (relative.getNameCount() != 3) {
            problems.add(new Problem(shown, 0, 0, "", "not in its place — narrative files go in"
                    + " narrative/<kind>/<document name>/<section>.md, e.g."
                    + " narrative/annual-report-audit/annual-report-audit-2018-19/foreword.md"));
            return Optional.empty();
        }
        String kind = relative.getName(0).toString();
        String document = relative.getName(1).toString();
        String name = relative.getName(2).toString();
        String section = name.substring(0, name.length() - ".md".length());
        List<String> wrong = new ArrayList<>();
        for (String part : List.of(kind, document)) {
            try {
                Cells.parse(SPEC.fields().get(0), part);
            } catch (Cells.BadCell e) {
                wrong.add("a folder name breaks the ref rule: " + e.getMessage());
            }
        }
        if (!SECTION.matcher(section).matches()) {
            wrong.add("the file name is not a section: use foreword, closing, or a heading's slug (lower-case words"
                    + " joined by -), then .md");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(
                            Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            wrong.add("not valid UTF-8 text — save the file as UTF-8");
            text = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (text != null && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text != null && text.codePointCount(0, text.length()) > Cells.MAX_CHARS) {
            wrong.add("the text is longer than " + Cells.MAX_CHARS + " characters — shorten it or split it between"
                    + " sections");
        }
        if (text != null && text.isBlank()) {
            wrong.add("the file is empty — write the text, or delete the file");
        }
        for (String message : wrong) {
            problems.add(new Problem(shown, 0, 0, "", message));
        }
        if (!wrong.isEmpty()) {
            return Optional.empty();
        }
        // Stripped like a cell, and NFC like all stored text; the Markdown itself is kept as written.
        return Optional.of(new Object[] {kind, document, section, Cells.clean(text)});
    }
}
