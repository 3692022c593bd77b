/**
 * The multi-agency chronology of one child in one evaluation: every agency's entries in date order,
 * with the timeline figure (case audience: it names the child).
 *
 * <h2>Why it keeps a bespoke PDF renderer: the large-document path and its memory bound</h2>
 * A chronology can be very long (the build is measured at 100,000 entries, some 7,000 pages), and
 * its PDF must render within a fixed heap: a 100,000-entry chronology is
 * built, published and checked in 256 MB (README, "Performance": heap after a collection at most
 * 241 MiB of it). From {@code JasperPdf.LARGE_FROM_ROWS} rows on, the fill swaps pages to disk, the
 * exporter streams the structure tree and the post-processing pass copies the file one object at
 * a time, so memory is the rows themselves and a few pages.
 *
 * <p>The rows are the part the block path cannot match. {@link qaf.chronology.ChronologyPdf} hands
 * JasperReports the composed entries as they are ({@code RowSource}: each field is read from the
 * entry when the fill asks for it, one copy of the text in memory). The block path would hold the
 * same text three times over before the fill starts: a {@code Block.Table} of {@code Cell}
 * records, then {@code BlockPdf}'s lines with their text, alignment, fill and bold lists per cell
 * — several objects per cell on top of the entry, for a million cells — where the bound above
 * leaves no room for them. The chronology's row band also does what a generic table band does not:
 * a heading per year with the column headers reprinted on every page, key events in bold and the
 * child's voice with no action recorded on the {@code VoiceWithoutActionRow} background, each with
 * its written marker. So {@link qaf.chronology.ChronologyPdf} fills
 * {@code report-templates/chronology.jrxml} itself. The DOCX
 * ({@link qaf.chronology.ChronologyDocx}) is written straight from the same
 * {@link qaf.chronology.ChronologyDocument}, and both take their own words (summary, headings,
 * markers, the reading note) from {@code ChronologyWords}, so both formats show one set of words;
 * the contract's parity test compares them.
 */
package qaf.chronology;
