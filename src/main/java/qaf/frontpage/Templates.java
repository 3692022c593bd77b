package qaf.frontpage;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * The front page's templates, precompiled by the build (jte-maven-plugin) into classes: the
 * application loads only the templates its build made and never compiles one. Html content type,
 * so every value is escaped for where it stands (text, attribute, URL).
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** {@code name} e.g. "frontpage/index.jte", rendered with its one parameter, as UTF-8 bytes. */
    static byte[] render(String name, String param, Object value) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        ENGINE.render(name, Map.of(param, value), out);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(out.getContentLength());
        try {
            out.writeTo(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
