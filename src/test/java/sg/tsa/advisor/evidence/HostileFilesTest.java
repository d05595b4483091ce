package sg.tsa.advisor.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files made to harm the reader: each is refused with a message, quickly, without reading what it points to. */
class HostileFilesTest {
    private final EvidenceReader reader = new EvidenceReader(TrustedKeys.none());

    private static final String JSON = MadeFiles.ob3Credential("X", "2024-01-01", null).toString();

    @Test
    void aTruncatedPngIsRefused() {
        byte[] png = MadeFiles.bakedPng("openbadgecredential", JSON, false);

        for (int cut : new int[] {10, 40, png.length / 2, png.length - 5}) {
            assertThatThrownBy(() -> reader.read("cut.png", Arrays.copyOf(png, cut)))
                    .isInstanceOf(NotACredentialFileException.class).hasMessageContaining("PNG image is");
        }
    }

    @Test
    void aPngChunkClaimingMoreBytesThanTheFileIsRefused() {
        byte[] png = MadeFiles.bakedPng("openbadgecredential", JSON, false);
        ByteBuffer.wrap(png).putInt(8, Integer.MAX_VALUE);

        assertThatThrownBy(() -> reader.read("big.png", png))
                .isInstanceOf(NotACredentialFileException.class).hasMessageContaining("does not fit");
    }

    @Test
    void aPngWithADamagedChecksumIsRefused() {
        byte[] png = MadeFiles.bakedPng("openbadgecredential", JSON, false);
        png[png.length - 20] ^= 1;

        assertThatThrownBy(() -> reader.read("bad.png", png))
                .isInstanceOf(NotACredentialFileException.class).hasMessageContaining("checksum");
    }

    @Test
    void aPngBombIsRefusedBeforeItExpands() {
        // 64 MB of zeros compress to about 64 KB; inflating stops at the limit.
        byte[] compressed = MadeFiles.deflate(new byte[64 * 1024 * 1024]);
        byte[] keyword = "openbadgecredential\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = Arrays.copyOf(keyword, keyword.length + compressed.length);
        System.arraycopy(compressed, 0, data, keyword.length, compressed.length);

        assertThatThrownBy(() -> reader.read("bomb.png", MadeFiles.withChunk(MadeFiles.plainPng(), "iTXt", data)))
                .isInstanceOf(NotACredentialFileException.class).hasMessageContaining("expands past");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String bomb = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

        assertThatThrownBy(() -> reader.read("deep.json", bomb.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotACredentialFileException.class).hasMessageContaining("nests more than");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path temp) throws Exception {
        Path big = temp.resolve("big.json");
        try (var file = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.wrap(new byte[] {'{'}), EvidenceReader.MAX_FILE_BYTES); // sparse
        }

        assertThatThrownBy(() -> reader.read(big))
                .isInstanceOf(NotACredentialFileException.class).hasMessageContaining("over the 5 MB");
        Files.delete(big);
    }

    @Test
    void anSvgWithAnExternalEntityIsRefusedAndTheEntityNeverRead(@TempDir Path temp) throws Exception {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"" + SvgText.OB2_NAMESPACE + "\">"
                + "<openbadges:assertion>&xxe;</openbadges:assertion></svg>";

        assertThatThrownBy(() -> reader.read("xxe.svg", svg.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotACredentialFileException.class)
                .message().doesNotContain("TOP-SECRET");
    }

    @Test
    void billionLaughsAreRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String svg = "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:openbadges=\"" + SvgText.OB2_NAMESPACE + "\"><openbadges:assertion>&lol9;"
                + "</openbadges:assertion></svg>";

        assertThatThrownBy(() -> reader.read("lol.svg", svg.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotACredentialFileException.class);
    }

    @Test
    void textThatIsNoCredentialIsRefusedWithAReason() {
        assertThatThrownBy(() -> reader.read("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotACredentialFileException.class).hasMessageContaining("not a credential file");
        assertThatThrownBy(() -> reader.read("x.json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotACredentialFileException.class).hasMessageContaining("neither");
        assertThatThrownBy(() -> reader.read("x.bin", new byte[] {(byte) 0xff, (byte) 0xfe, 0}))
                .isInstanceOf(NotACredentialFileException.class);
    }
}
