package qaf.render.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import qaf.report.Figure;

/**
 * Draws a {@link Figure} into a PNG. Word cannot take the vector drawing the PDF uses, so the DOCX gets
 * a raster at print resolution; the PNG encoder writes no timestamps, so the same painter gives the
 * same bytes.
 */
final class FigureRaster {
    static final int DPI = 200;

    private FigureRaster() {
    }

    static byte[] png(Figure figure) {
        double scale = DPI / 72.0;
        int width = (int) Math.ceil(figure.widthPt() * scale);
        int height = (int) Math.ceil(figure.heightPt() * scale);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("figure '" + figure.title() + "' has no area: "
                    + figure.widthPt() + " x " + figure.heightPt() + " pt");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            figure.painter().paint(g, new Rectangle2D.Double(0, 0, figure.widthPt(), figure.heightPt()));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG encoder in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode figure as PNG", e);
        }
        return out.toByteArray();
    }
}
