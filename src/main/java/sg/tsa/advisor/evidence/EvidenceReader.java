package sg.tsa.advisor.evidence;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a learner's credential file, offline: an Open Badges 2.0 or 3.0 badge (JSON, a signed token, or baked into
 * a PNG or SVG image) or an OpenCerts certificate. The kind is told from the contents, not the file's name. A file
 * over {@link #MAX_FILE_BYTES} is refused before it is read.
 */
public final class EvidenceReader {
    /** Badges and certificates are tens of kilobytes; a baked badge image rarely passes one megabyte. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final OpenBadges2 openBadges2;
    private final OpenBadges3 openBadges3;
    private final OpenAttestation openAttestation;

    public EvidenceReader(TrustedKeys trusted) {
        this(trusted, new BundledContexts());
    }

    EvidenceReader(TrustedKeys trusted, BundledContexts contexts) {
        this.openBadges2 = new OpenBadges2(trusted);
        this.openBadges3 = new OpenBadges3(new DataIntegrity(contexts), trusted);
        this.openAttestation = new OpenAttestation(OpenCertsRegistry.bundled());
    }

    /** Reads {@code file}; the evidence is named by the file's name. */
    public Evidence read(Path file) throws NotACredentialFileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new NotACredentialFileException("the file is " + size / 1024 + " KB, over the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB a credential file can be: refused");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NotACredentialFileException("no such file");
        } catch (IOException e) {
            throw new NotACredentialFileException("cannot be read (" + e.getMessage() + ")");
        }
        return read(file.getFileName().toString(), bytes);
    }

    /** Reads a credential file's bytes; {@code name} names it in the evidence. */
    public Evidence read(String name, byte[] bytes) throws NotACredentialFileException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new NotACredentialFileException("over " + MAX_FILE_BYTES / (1024 * 1024) + " MB: refused");
        }
        if (PngText.isPng(bytes)) {
            return fromPng(name, PngText.read(bytes));
        }
        if (SvgText.looksLikeXml(bytes)) {
            SvgText.Baked baked = SvgText.read(bytes).orElseThrow(() ->
                    new NotACredentialFileException("an SVG image without badge data baked in"));
            return baked.ob3() ? ob3Text(name, baked.text()) : ob2Text(name, baked.text());
        }
        String text = utf8(bytes).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (CompactJws.looksLikeJws(text)) {
            return token(name, CompactJws.parse(text, "the file"));
        }
        if (!text.startsWith("{")) {
            throw new NotACredentialFileException("not a credential file: neither a badge (JSON, PNG, SVG, signed"
                    + " token) nor an OpenCerts certificate");
        }
        JsonObject json = JsonText.object(text, "the file");
        if (OpenAttestation.isDocument(json)) {
            return openAttestation.read(name, json);
        }
        if (OpenBadges3.isCredential(json)) {
            return openBadges3.fromJson(name, json);
        }
        if (OpenBadges2.isAssertion(json)) {
            return openBadges2.hosted(name, json);
        }
        throw new NotACredentialFileException("a JSON file, but neither an Open Badges badge nor an OpenCerts"
                + " certificate");
    }

    private Evidence fromPng(String name, Map<String, String> texts) throws NotACredentialFileException {
        if (texts.containsKey("openbadgecredential")) {
            return ob3Text(name, texts.get("openbadgecredential"));
        }
        if (texts.containsKey("openbadges")) {
            return ob2Text(name, texts.get("openbadges"));
        }
        throw new NotACredentialFileException("a PNG image without badge data baked in");
    }

    private Evidence ob2Text(String name, String text) throws NotACredentialFileException {
        String value = text.strip();
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return OpenBadges2.legacyUrl(name, value);
        }
        if (CompactJws.looksLikeJws(value)) {
            return openBadges2.signed(name, CompactJws.parse(value, "the baked badge"));
        }
        JsonObject json = JsonText.object(value, "the baked badge");
        if (!OpenBadges2.isAssertion(json)) {
            throw new NotACredentialFileException("the baked data is not an Open Badges assertion");
        }
        return openBadges2.hosted(name, json);
    }

    private Evidence ob3Text(String name, String text) throws NotACredentialFileException {
        String value = text.strip();
        if (CompactJws.looksLikeJws(value)) {
            return openBadges3.fromJwt(name, CompactJws.parse(value, "the baked credential"));
        }
        JsonObject json = JsonText.object(value, "the baked credential");
        if (!OpenBadges3.isCredential(json)) {
            throw new NotACredentialFileException("the baked data is not an Open Badges 3.0 credential");
        }
        return openBadges3.fromJson(name, json);
    }

    /** A bare signed token: a VC-JWT, or an Open Badges 2.0 signed assertion. */
    private Evidence token(String name, CompactJws jws) throws NotACredentialFileException {
        JsonObject payload = JsonText.object(jws.payload(), "the token's payload");
        if (payload.has("vc") || OpenBadges3.isCredential(payload)) {
            return openBadges3.fromJwt(name, jws);
        }
        return openBadges2.signed(name, jws);
    }

    private static String utf8(byte[] bytes) throws NotACredentialFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotACredentialFileException("not a credential file: neither text nor a PNG image");
        }
    }
}
