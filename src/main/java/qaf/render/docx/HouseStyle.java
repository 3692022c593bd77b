package qaf.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Word house style: a .docx whose styles, list numbering, page set-up and header/footer parts every
 * qaf DOCX inherits. Its body text and its header/footer text are sample content that qaf replaces.
 * The copy in {@code report-templates/house-style.docx} is packaged into the jar as
 * {@value #RESOURCE}, so the application is self-contained; {@link #load(Path)} lets a run use an
 * edited copy from the checkout instead.
 */
public final class HouseStyle {
    public static final String RESOURCE = "/templates/house-style.docx";

    private final byte[] docx;
    private final String origin;

    private HouseStyle(byte[] docx, String origin) {
        this.docx = docx;
        this.origin = origin;
    }

    private static HouseStyle bundled;

    /**
     * The house style packaged with qaf: read once, then the same instance, so that a build's
     * documents share what is packaged from it ({@link PackagedStyle} keys on the instance).
     */
    public static synchronized HouseStyle bundled() {
        if (bundled == null) {
            bundled = readBundled();
        }
        return bundled;
    }

    private static HouseStyle readBundled() {
        try (InputStream in = HouseStyle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Word house style " + RESOURCE + " is not on the class path;"
                        + " build with Maven so report-templates/house-style.docx is packaged");
            }
            return new HouseStyle(in.readAllBytes(), "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Word house style " + RESOURCE, e);
        }
    }

    /** An edited house style, e.g. {@code report-templates/house-style.docx} in the checkout. */
    public static HouseStyle load(Path docx) throws IOException {
        return new HouseStyle(Files.readAllBytes(docx), docx.toString());
    }

    /** Not a copy: callers must not modify it. */
    byte[] bytes() {
        return docx;
    }

    /** Where it came from, for error messages. */
    String origin() {
        return origin;
    }
}
