package qaf.store;

/** A database failure (I/O, a broken file, a constraint the ingest should have caught). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
