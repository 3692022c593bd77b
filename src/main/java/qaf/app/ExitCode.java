package qaf.app;

/**
 * The process exit codes documented in the README and in {@code --help}. Named constants, mapped to
 * numbers here only, so no code path returns an enum ordinal or a bare integer.
 */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int INPUT_REJECTED = 3;
    public static final int SOME_DOCUMENTS_FAILED = 4;
    /** Another build holds the output folder's lock: distinct from 1, so a nightly job can tell overlap from a bug. */
    public static final int OUTPUT_LOCKED = 5;
    /** {@code privacy-scan}: a child was found outside case documents, or a listed file could not be read. */
    public static final int PRIVACY_FINDINGS = 6;

    private ExitCode() {
    }
}
