package sg.tsa.advisor.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The text chunks ({@code iTXt}, {@code tEXt}, {@code zTXt}) of a PNG file, read by walking its chunks: every
 * length is checked against the bytes present and every chunk's CRC is checked, nothing is decoded but text, and
 * compressed text is inflated only up to {@link #MAX_TEXT} characters (a "PNG bomb" is refused). The image data
 * itself is never decompressed. See docs/decisions/0091.
 */
final class PngText {
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Far more than any badge assertion or credential; bounds inflating compressed text. */
    static final int MAX_TEXT = 1 << 20;

    private PngText() {
    }

    static boolean isPng(byte[] bytes) {
        return bytes.length >= SIGNATURE.length && Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0,
                SIGNATURE.length);
    }

    /** Keyword → text of every text chunk, the first of each keyword kept. */
    static Map<String, String> read(byte[] bytes) throws NotACredentialFileException {
        if (!isPng(bytes)) {
            throw new NotACredentialFileException("not a PNG image");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(SIGNATURE.length);
        while (true) {
            if (in.remaining() < 12) {
                throw new NotACredentialFileException("the PNG image is cut short (no end chunk)");
            }
            int length = in.getInt();
            if (length < 0 || length > in.remaining() - 8) {
                throw new NotACredentialFileException("the PNG image is cut short or damaged (a chunk of "
                        + Integer.toUnsignedString(length) + " bytes does not fit in the file)");
            }
            int typeAt = in.position();
            String type = new String(bytes, typeAt, 4, StandardCharsets.ISO_8859_1);
            int dataAt = typeAt + 4;
            in.position(dataAt + length);
            int crc = in.getInt();
            CRC32 expected = new CRC32();
            expected.update(bytes, typeAt, 4 + length);
            if ((int) expected.getValue() != crc) {
                throw new NotACredentialFileException("the PNG image is damaged (chunk " + type
                        + " fails its checksum)");
            }
            if (type.equals("IEND")) {
                return texts;
            }
            byte[] data = Arrays.copyOfRange(bytes, dataAt, dataAt + length);
            switch (type) {
                case "tEXt" -> text(data, texts);
                case "zTXt" -> compressedText(data, texts);
                case "iTXt" -> internationalText(data, texts);
                default -> {
                    // image data and other chunks are not looked at
                }
            }
        }
    }

    private static void text(byte[] data, Map<String, String> texts) throws NotACredentialFileException {
        int nul = nul(data, 0);
        texts.putIfAbsent(latin1(data, 0, nul), latin1(data, nul + 1, data.length));
    }

    private static void compressedText(byte[] data, Map<String, String> texts) throws NotACredentialFileException {
        int nul = nul(data, 0);
        byte[] text = inflate(Arrays.copyOfRange(data, Math.min(nul + 2, data.length), data.length));
        texts.putIfAbsent(latin1(data, 0, nul), new String(text, StandardCharsets.ISO_8859_1));
    }

    private static void internationalText(byte[] data, Map<String, String> texts) throws NotACredentialFileException {
        int keywordEnd = nul(data, 0);
        if (keywordEnd + 2 >= data.length) {
            throw new NotACredentialFileException("the PNG image has a damaged iTXt chunk");
        }
        boolean compressed = data[keywordEnd + 1] != 0;
        int languageEnd = nul(data, keywordEnd + 3);
        int translatedEnd = nul(data, languageEnd + 1);
        byte[] text = Arrays.copyOfRange(data, translatedEnd + 1, data.length);
        if (compressed) {
            text = inflate(text);
        }
        if (text.length > MAX_TEXT) {
            throw new NotACredentialFileException("the PNG image's text is over " + MAX_TEXT + " bytes: refused");
        }
        texts.putIfAbsent(latin1(data, 0, keywordEnd), new String(text, StandardCharsets.UTF_8));
    }

    private static byte[] inflate(byte[] compressed) throws NotACredentialFileException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new NotACredentialFileException("the PNG image's compressed text is cut short");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_TEXT) {
                    throw new NotACredentialFileException("the PNG image's compressed text expands past "
                            + MAX_TEXT + " bytes: refused");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new NotACredentialFileException("the PNG image's compressed text is damaged");
        } finally {
            inflater.end();
        }
    }

    private static int nul(byte[] data, int from) throws NotACredentialFileException {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        throw new NotACredentialFileException("the PNG image has a damaged text chunk");
    }

    private static String latin1(byte[] data, int from, int to) {
        return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
