package qaf.render.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import qaf.document.Chart;
import qaf.render.chart.ChartDrawing;

/**
 * Draws a {@link Chart} into a PNG. Word cannot take the vector drawing the PDF uses, so the DOCX gets
 * a raster at print resolution; the PNG encoder writes no timestamps, so the same chart gives the
 * same bytes.
 */
final class FigureRaster {
    static final int DPI = 200;

    static {
        // PNGs are encoded in memory: ImageIO's default disk cache writes to the shared temp folder.
        ImageIO.setUseCache(false);
    }

    private FigureRaster() {
    }

    /**
     * Records the resolution (pHYs) so that Word's "Reset picture size" restores the figure's natural
     * size instead of treating the pixels as 96 dpi.
     */
    private static IIOMetadata withResolution(ImageWriter writer, RenderedImage image) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(DPI / 0.0254));
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        return metadata;
    }

    static byte[] png(Chart figure) {
        return encode(new PackedRgbImage(drawn(figure)));
    }

    /** The figure drawn at {@value #DPI} dpi on white. */
    static BufferedImage drawn(Chart figure) {
        double scale = DPI / 72.0;
        int width = (int) Math.ceil(figure.widthPt() * scale);
        int height = (int) Math.ceil(figure.heightPt() * scale);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a figure has no area: "
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
            ChartDrawing.paint(figure, g, new Rectangle2D.Double(0, 0, figure.widthPt(), figure.heightPt()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The image as PNG with its resolution; {@link PackedRgbImage} or, in a test, the plain image. */
    static byte[] encode(RenderedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try {
                writer.setOutput(stream);
                writer.write(new IIOImage(image, null, withResolution(writer, image)));
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode figure as PNG", e);
        }
        return out.toByteArray();
    }
}
