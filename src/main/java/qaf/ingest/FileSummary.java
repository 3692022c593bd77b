package qaf.ingest;

/**
 * What an ingest did with one file: data rows read (blank lines not counted), and how many of them
 * were new, changed an existing row, or matched the stored row exactly.
 */
public record FileSummary(String file, int read, int inserted, int updated, int unchanged) {
}
