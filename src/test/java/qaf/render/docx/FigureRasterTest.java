package qaf.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import qaf.document.Chart;

class FigureRasterTest {
    @Test
    void aFigureIsTheSamePngAsTheEncoderWritesFromThePlainImage() {
        List<Chart.Lane> lanes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lanes.add(new Chart.Lane("AG" + i, List.of(new Chart.Mark(LocalDate.of(2018, 1 + i, 3), i == 1),
                    new Chart.Mark(LocalDate.of(2018, 6 + i, 10), false))));
        }
        BufferedImage image = FigureRaster.drawn(new Chart("Entries per agency", "Six lanes", new Chart.Timeline(lanes)));
        byte[] fast = FigureRaster.encode(new PackedRgbImage(image));
        assertArrayEquals(FigureRaster.encode(image), fast);
        assertArrayEquals(fast, FigureRaster.png(new Chart("Entries per agency", "Six lanes", new Chart.Timeline(lanes))));
    }

    @Test
    void noisyPixelsOfAnOddSizeEncodeTheSameAndReadBack() throws IOException {
        // Noise makes the encoder try every row filter; an odd width and height catch an off-by-one.
        BufferedImage image = new BufferedImage(333, 77, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(20181231);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, y % 3 == 0 ? random.nextInt() : (x * 7 + y * 13) * 0x010203);
            }
        }
        byte[] fast = FigureRaster.encode(new PackedRgbImage(image));
        assertArrayEquals(FigureRaster.encode(image), fast);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(fast));
        assertEquals(image.getRGB(332, 76) & 0xFFFFFF, back.getRGB(332, 76) & 0xFFFFFF);
        assertEquals(image.getRGB(5, 3) & 0xFFFFFF, back.getRGB(5, 3) & 0xFFFFFF);
    }
}
