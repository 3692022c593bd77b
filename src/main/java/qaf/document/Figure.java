package qaf.document;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart drawn once and placed in both formats: the PDF draws it as vectors, the DOCX places a
 * high-resolution raster of the same drawing. The alternative text states the data, so a reader who
 * cannot see the picture loses nothing.
 *
 * @param title caption shown above the picture
 * @param altText the text alternative (PDF /Alt, DOCX descr)
 * @param widthPt natural width in points (1/72 inch)
 * @param heightPt natural height in points
 * @param painter draws the figure into the given area; must be deterministic
 */
public record Figure(String title, String altText, double widthPt, double heightPt, Painter painter) {

    /** Draws a figure; the same call serves the vector (PDF) and raster (DOCX) outputs. */
    @FunctionalInterface
    public interface Painter {
        void paint(Graphics2D g, Rectangle2D area);
    }
}
