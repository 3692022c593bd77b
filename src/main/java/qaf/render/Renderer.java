package qaf.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The seam between a document model and a file format. A renderer writes to a stream and knows
 * nothing of file names, paths or SQL: publish decides where the bytes go.
 */
@FunctionalInterface
public interface Renderer<D> {
    void render(D document, RenderContext context, OutputStream out) throws IOException;
}
