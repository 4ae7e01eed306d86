package jp.mypage.it;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jcodec.api.awt.AWTSequenceEncoder;

/**
 * The lesson files the system tests upload, made by the test build itself: a 3-second H.264 MP4
 * (JCodec, pure Java) and a two-page PDF (PDFBox). Nothing is downloaded.
 */
final class LearningFixtures {

    static final int VIDEO_SECONDS = 3;
    private static final int FPS = 10;

    private LearningFixtures() {
    }

    static synchronized Path video() {
        Path file = Path.of("target", "fixtures", "lesson-3s.mp4");
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            AWTSequenceEncoder encoder = AWTSequenceEncoder.createSequenceEncoder(file.toFile(), FPS);
            for (int frame = 0; frame < VIDEO_SECONDS * FPS; frame++) {
                BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_3BYTE_BGR);
                Graphics2D g = image.createGraphics();
                g.setColor(new Color(20, 60 + frame * 5, 120));
                g.fillRect(0, 0, 320, 180);
                g.setColor(Color.WHITE);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
                g.drawString(String.valueOf(frame / FPS + 1), 140, 110);
                g.dispose();
                encoder.encodeImage(image);
            }
            encoder.finish();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized Path pdf() {
        Path file = Path.of("target", "fixtures", "lesson-handout.pdf");
        if (Files.exists(file)) {
            return file;
        }
        try (PDDocument document = new PDDocument()) {
            Files.createDirectories(file.getParent());
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
