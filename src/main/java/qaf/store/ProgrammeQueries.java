package qaf.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import qaf.analysis.programme.ProgrammeEntry;
import qaf.analysis.narrative.NarrativeText;
import qaf.terms.Terms;

/**
 * Reads DATA-FORMAT.md Version 2's files: the QA programme, the partnership's terms and its
 * narrative. Every query orders on a unique key, so equal databases give equal lists.
 */
public final class ProgrammeQueries {
    private ProgrammeQueries() {
    }

    /** The whole programme, by process then cycle. */
    public static List<ProgrammeEntry> programme(Database db) {
        return db.query("SELECT process, cycle, starts_on, due_on, notes FROM programme ORDER BY process, cycle",
                List.of(), rs -> new ProgrammeEntry(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        LocalDate.parse(rs.getString(4)), rs.getString(5)));
    }

    /** One process's entry for one cycle, if the programme gives it. */
    public static Optional<ProgrammeEntry> programme(Database db, String process, String cycle) {
        return programme(db).stream().filter(p -> p.process().equals(process) && p.cycle().equals(cycle))
                .findFirst();
    }

    /** The partnership's words over the framework's defaults. */
    public static Terms terms(Database db) {
        Map<String, String> given = new LinkedHashMap<>();
        db.query("SELECT term, text FROM terms ORDER BY term", List.of(), rs -> Map.entry(rs.getString(1),
                rs.getString(2))).forEach(e -> given.put(e.getKey(), e.getValue()));
        return new Terms(given);
    }

    /**
     * The narrative of one document ({@code kind}, output name without extension), by section; a
     * composer maps each to a {@code qaf.compose.Narratives.Piece} to place it.
     */
    public static List<NarrativeText> narrative(Database db, String kind, String document) {
        return db.query("SELECT kind, document, section, markdown FROM narrative WHERE kind = ? AND document = ?"
                + " ORDER BY section", List.of(kind, document), ProgrammeQueries::narrativeRow);
    }

    /** Every stored narrative, by kind, document and section. */
    public static List<NarrativeText> narratives(Database db) {
        return db.query("SELECT kind, document, section, markdown FROM narrative ORDER BY kind, document, section",
                List.of(), ProgrammeQueries::narrativeRow);
    }

    private static NarrativeText narrativeRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new NarrativeText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
