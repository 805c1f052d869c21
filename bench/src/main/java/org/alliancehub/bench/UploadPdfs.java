package org.alliancehub.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The upload benchmark's files: English fact sheets with OSHA's standard language (so the findings
 * have something to find), a small one of one page and a large one whose bulk is a photograph-sized
 * picture of random noise, which no compression makes smaller.
 */
final class UploadPdfs {

    /** 4096 × 4160 RGB pixels of noise: 51,118,080 bytes, so the file is just under the 50 MiB upload limit. */
    static final int NOISE_WIDTH = 4096;
    static final int NOISE_HEIGHT = 4160;

    private static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float MARGIN = 60;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private static final String DISCLAIMER = "This product was developed through an OSHA Alliance for informational purposes only. "
            + "It does not necessarily reflect the official views of OSHA or the U.S. Department of Labor, and it creates no new "
            + "legal obligations.";
    private static final String WORKER_RIGHTS = "Employers are responsible for providing a safe and healthful workplace and "
            + "workers have rights. OSHA can help answer questions or concerns from employers and workers. To reach your regional "
            + "or area OSHA office, go to www.osha.gov/contactus/bystate or call 1-800-321-OSHA (6742).";
    private static final String[] GUIDANCE = {
            "Falls from ladders, roofs and scaffolds are among the leading causes of death in construction. Most of them can be "
                    + "prevented when the work is planned before it starts, the right equipment is provided, and every worker is "
                    + "trained to use it.",
            "Plan ahead to get the job done safely. When you estimate the cost of a job, include the safety equipment: the "
                    + "ladders, scaffolds and personal fall arrest systems the crew will need, and the time it takes to set them up.",
            "Use the right ladder for the job. Set it on firm, level ground, extend it three feet above the landing, and keep "
                    + "three points of contact while you climb. Never stand on the top step or the top cap.",
            "Scaffolds must be built on solid footing, fully planked, and have guardrails on every open side. A competent person "
                    + "inspects the scaffold before each shift and after anything that could affect its strength.",
            "Cover or guard every hole in a floor or roof. A cover must hold at least twice the weight of the workers, equipment "
                    + "and materials it may carry, be secured so it cannot move, and be marked HOLE or COVER."};

    private UploadPdfs() {
    }

    /** One page: a title, the guidance and the standard language (about 2 KB). */
    static void small(Path file, String title) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, title);
            try (Flow flow = new Flow(document)) {
                flow.text(title, flow.bold, 18, 10);
                for (String paragraph : GUIDANCE) {
                    flow.text(paragraph, flow.regular, 11, 8);
                }
                flow.text(DISCLAIMER, flow.regular, 9, 6);
                flow.text(WORKER_RIGHTS, flow.regular, 9, 0);
            }
            document.save(file.toFile());
        }
    }

    /** Three pages of guidance with the standard language, then a page with the picture of noise. */
    static void large(Path file, String title, long seed) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, title);
            try (Flow flow = new Flow(document)) {
                flow.text(title, flow.bold, 20, 12);
                for (int section = 1; section <= 3; section++) {
                    flow.newPage(section > 1);
                    flow.text("Part " + section + ": working safely at heights", flow.bold, 14, 8);
                    for (String paragraph : GUIDANCE) {
                        flow.text(paragraph, flow.regular, 11, 8);
                    }
                }
                flow.text(DISCLAIMER, flow.regular, 9, 6);
                flow.text(WORKER_RIGHTS, flow.regular, 9, 0);
            }
            PDImageXObject noise = new PDImageXObject(document, new ByteArrayInputStream(noise(seed)), COSName.FLATE_DECODE,
                    NOISE_WIDTH, NOISE_HEIGHT, 8, PDDeviceRGB.INSTANCE);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                float height = WIDTH * NOISE_HEIGHT / NOISE_WIDTH;
                stream.drawImage(noise, MARGIN, PAGE.getHeight() - MARGIN - height, WIDTH, height);
            }
            document.save(file.toFile());
        }
    }

    /**
     * The picture's pixels as a FlateDecode stream. Written directly rather than through
     * LosslessFactory: the same kind of image stream, without a 70 MB BufferedImage and PNG
     * predictor trials on the cores the system under test shares.
     */
    private static byte[] noise(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(NOISE_WIDTH * NOISE_HEIGHT * 3 + (1 << 20));
        byte[] row = new byte[NOISE_WIDTH * 3];
        try (DeflaterOutputStream out = new DeflaterOutputStream(encoded, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            for (int y = 0; y < NOISE_HEIGHT; y++) {
                for (int i = 0; i < row.length; i += 8) {
                    long bits = random.nextLong();
                    for (int b = 0; b < 8 && i + b < row.length; b++) {
                        row[i + b] = (byte) (bits >>> (8 * b));
                    }
                }
                out.write(row);
            }
        }
        return encoded.toByteArray();
    }

    private static void describe(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("Alliance Outreach Hub upload benchmark");
        document.getDocumentCatalog().setLanguage("en-US");
    }

    /** Text top to bottom, wrapped to the column, a new page when one is full. */
    private static final class Flow implements AutoCloseable {

        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Flow(PDDocument document) {
            this.document = document;
        }

        void newPage(boolean force) throws IOException {
            if (force || stream == null) {
                if (stream != null) {
                    stream.close();
                }
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                stream = new PDPageContentStream(document, page);
                y = PAGE.getHeight() - MARGIN;
            }
        }

        void text(String text, PDFont font, float size, float spaceAfter) throws IOException {
            float lineHeight = size * 1.3f;
            for (String line : wrap(text, font, size)) {
                if (stream == null || y - lineHeight < MARGIN) {
                    newPage(true);
                }
                y -= lineHeight;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
            }
            y -= spaceAfter;
        }

        private static List<String> wrap(String text, PDFont font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
