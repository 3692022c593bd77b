/**
 * The one shape of the dataset's coded values ({@link qaf.codes.Coded}), below every other package
 * so that calendar, analysis and ingest can all share it without depending on each other.
 */
package qaf.codes;
