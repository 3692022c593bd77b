package qaf.pipeline;

import qaf.publish.BuildReport;

/**
 * What the build tells whoever watches it: a terminal bar, a log, or nobody. Called on the build's
 * own thread, documents in submission order, so a display needs no locking and a log reads the same
 * whatever the timing. Only refs and kinds pass through here, never document text.
 */
public interface BuildProgress {
    /** Every document of the build is known before the first is composed. */
    void started(int documents);

    /** The build moves on to composing the documents of {@code kind}. */
    void kindStarted(String kind);

    void documentDone(BuildReport.Entry entry);

    /** For tests and callers that want no output. */
    BuildProgress SILENT = new BuildProgress() {
        @Override
        public void started(int documents) {
        }

        @Override
        public void kindStarted(String kind) {
        }

        @Override
        public void documentDone(BuildReport.Entry entry) {
        }
    };
}
