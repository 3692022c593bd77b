package qaf.app;

/** The application's version, from the jar manifest; "development" when run from classes. */
public final class Versions {
    private Versions() {
    }

    public static String current() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
