package qaf.render.docx;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Vector;

/**
 * A {@code TYPE_INT_RGB} image as the PNG encoder reads it, without its two slow steps: Java 17's
 * encoder copies each row out of a {@link BufferedImage} ({@code getData(row)}) and then unpacks it
 * sample by sample through the sample model, which together cost more than drawing and compressing
 * the figure. This image hands the encoder one raster over the image's own pixels whose
 * {@code getPixels} unpacks the packed ints directly. The encoder sees the same colour model, sample
 * model and samples, so it writes the same bytes (a test compares them).
 */
final class PackedRgbImage implements RenderedImage {
    private final BufferedImage image;
    private final Rows rows;

    PackedRgbImage(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("only TYPE_INT_RGB images are packed as this class reads them");
        }
        this.image = image;
        this.rows = new Rows(image.getRaster());
    }

    /** The image's raster, read directly: the encoder asks for absolute coordinates, so the whole one serves. */
    private static final class Rows extends Raster {
        private final int[] pixels;
        private final int stride;

        Rows(WritableRaster raster) {
            super(raster.getSampleModel(), raster.getDataBuffer(), new Rectangle(0, 0, raster.getWidth(),
                    raster.getHeight()), new Point(0, 0), null);
            this.pixels = ((DataBufferInt) raster.getDataBuffer()).getData();
            this.stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        }

        @Override
        public int[] getPixels(int x, int y, int w, int h, int[] samples) {
            int[] out = samples != null ? samples : new int[3 * w * h];
            int k = 0;
            for (int row = y; row < y + h; row++) {
                int at = row * stride + x;
                for (int col = 0; col < w; col++) {
                    int pixel = pixels[at + col];
                    out[k++] = (pixel >>> 16) & 0xFF;
                    out[k++] = (pixel >>> 8) & 0xFF;
                    out[k++] = pixel & 0xFF;
                }
            }
            return out;
        }
    }

    @Override
    public Vector<RenderedImage> getSources() {
        return null;
    }

    @Override
    public Object getProperty(String name) {
        return image.getProperty(name);
    }

    @Override
    public String[] getPropertyNames() {
        return image.getPropertyNames();
    }

    @Override
    public ColorModel getColorModel() {
        return image.getColorModel();
    }

    @Override
    public SampleModel getSampleModel() {
        return image.getSampleModel();
    }

    @Override
    public int getWidth() {
        return image.getWidth();
    }

    @Override
    public int getHeight() {
        return image.getHeight();
    }

    @Override
    public int getMinX() {
        return 0;
    }

    @Override
    public int getMinY() {
        return 0;
    }

    @Override
    public int getNumXTiles() {
        return 1;
    }

    @Override
    public int getNumYTiles() {
        return 1;
    }

    @Override
    public int getMinTileX() {
        return 0;
    }

    @Override
    public int getMinTileY() {
        return 0;
    }

    @Override
    public int getTileWidth() {
        return image.getWidth();
    }

    @Override
    public int getTileHeight() {
        return image.getHeight();
    }

    @Override
    public int getTileGridXOffset() {
        return 0;
    }

    @Override
    public int getTileGridYOffset() {
        return 0;
    }

    @Override
    public Raster getTile(int tileX, int tileY) {
        return rows;
    }

    @Override
    public Raster getData() {
        return rows;
    }

    @Override
    public Raster getData(Rectangle rect) {
        return rows;
    }

    @Override
    public WritableRaster copyData(WritableRaster raster) {
        return image.copyData(raster);
    }
}
