package qaf.render;

/**
 * An output that is told how many pages a paged format (PDF) wrote. The manifest lists every PDF's
 * page count; reading a large PDF back only to count its pages would cost as much memory as the
 * rendering saved, so the renderer, which knows, says so when the stream it was given asks.
 */
public interface PagedOutput {
    void pages(int count);
}
