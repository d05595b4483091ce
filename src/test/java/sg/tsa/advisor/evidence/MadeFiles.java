package sg.tsa.advisor.evidence;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Credential files made by the tests: Open Badges 3.0 credentials signed (eddsa-rdfc-2022 or VC-JWT) with a key
 * made here, Open Badges 2.0 assertions, images with either baked in, and OpenCerts documents with their own salts and
 * Merkle trees. Each can then be altered to prove that the change is seen.
 */
public final class MadeFiles {
    public static final String ACHIEVEMENT_ID = "https://badges.example.edu/achievements/ccna-equivalent";
    public static final String ISSUER_ID = "https://badges.example.edu/issuers/1";

    private MadeFiles() {
    }

    /** A new Ed25519 key pair (seeded, so a failing run can be repeated). */
    public static KeyPair keyPair(long seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            generator.initialize(255, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String multibaseKey(KeyPair keys) {
        return Ed25519.multibaseKeyText(Ed25519.rawKey(keys.getPublic()));
    }

    /** An unsigned Open Badges 3.0 credential (VC 2.0) of the achievement, awarded on {@code awarded}. */
    public static JsonObject ob3Credential(String achievementName, String awarded, String validUntil) {
        JsonObject credential = JsonParser.parseString("""
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:2f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                 "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "name": "Tan Wei Ling",
                 "issuer": {"id": "%s", "type": ["Profile"], "name": "Example Networking Academy"},
                 "validFrom": "%s",
                 "credentialSubject": {"type": ["AchievementSubject"],
                   "achievement": {"id": "%s", "type": ["Achievement"], "name": "%s",
                     "description": "Networking fundamentals", "criteria": {"narrative": "Pass the exam"}}}}
                """.formatted(ISSUER_ID, awarded, ACHIEVEMENT_ID, achievementName)).getAsJsonObject();
        if (validUntil != null) {
            credential.addProperty("validUntil", validUntil);
        }
        return credential;
    }

    /** {@code credential} with an eddsa-rdfc-2022 proof by {@code keys}, named in the verification method. */
    public static JsonObject signDataIntegrity(JsonObject credential, KeyPair keys) {
        String key = multibaseKey(keys);
        JsonObject proof = new JsonObject();
        proof.addProperty("type", "DataIntegrityProof");
        proof.addProperty("cryptosuite", "eddsa-rdfc-2022");
        proof.addProperty("created", "2024-08-30T09:00:00Z");
        proof.addProperty("verificationMethod", "did:key:" + key + "#" + key);
        proof.addProperty("proofPurpose", "assertionMethod");
        JsonObject options = proof.deepCopy();
        options.add("@context", credential.get("@context").deepCopy());
        DataIntegrity canon = new DataIntegrity(new BundledContexts());
        try {
            byte[] message = concat(DataIntegrity.sha256(canon.canonical(options)),
                    DataIntegrity.sha256(canon.canonical(credential)));
            proof.addProperty("proofValue", Ed25519.multibaseText(sign(keys, message)));
        } catch (com.apicatalog.jsonld.JsonLdError e) {
            throw new IllegalStateException(e);
        }
        JsonObject signed = credential.deepCopy();
        signed.add("proof", proof);
        return signed;
    }

    /** A compact JWS of {@code payload}, EdDSA, with a {@code kid} naming the key as a did:key. */
    public static String signJws(JsonObject payload, KeyPair keys) {
        String key = multibaseKey(keys);
        String header = "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"did:key:" + key + "#" + key + "\"}";
        String input = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.toString().getBytes(StandardCharsets.UTF_8));
        return input + "." + base64Url(sign(keys, input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** An Open Badges 2.0 hosted assertion with an embedded BadgeClass whose id is {@code badgeId}. */
    public static JsonObject ob2Assertion(String badgeId, String badgeName, String issuedOn) {
        return JsonParser.parseString("""
                {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
                 "id": "https://api.credly.com/v1/obi/v2/badge_assertions/9a8b7c6d-1111-2222-3333-444455556666",
                 "recipient": {"type": "email", "hashed": true, "salt": "deadsea",
                               "identity": "sha256$%s"},
                 "badge": {"type": "BadgeClass", "id": "%s", "name": "%s",
                           "issuer": {"id": "https://api.credly.com/v1/obi/v2/issuers/aws", "type": "Profile",
                                      "name": "Amazon Web Services Training and Certification"}},
                 "issuedOn": "%s", "expires": "2027-08-30T00:00:00.000Z",
                 "verification": {"type": "HostedBadge"}}
                """.formatted(sha256Hex("learner@example.com" + "deadsea"), badgeId, badgeName, issuedOn))
                .getAsJsonObject();
    }

    /** A small PNG image with an {@code iTXt} chunk {@code keyword} holding {@code text}. */
    public static byte[] bakedPng(String keyword, String text, boolean compressed) {
        byte[] keywordBytes = keyword.getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (compressed) {
            body = deflate(body);
        }
        ByteBuffer data = ByteBuffer.allocate(keywordBytes.length + 5 + body.length);
        data.put(keywordBytes).put((byte) 0).put((byte) (compressed ? 1 : 0)).put((byte) 0).put((byte) 0)
                .put((byte) 0).put(body);
        return withChunk(plainPng(), "iTXt", data.array());
    }

    public static byte[] plainPng() {
        try {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code png} with one more chunk, placed before its end chunk. */
    public static byte[] withChunk(byte[] png, String type, byte[] data) {
        int iend = png.length - 12;
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.capacity());
        out.put(png, 0, iend).put(chunk.array()).put(png, iend, 12);
        return out.array();
    }

    public static byte[] svg(String element, String namespace, String content) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"" + namespace
                + "\" width=\"10\" height=\"10\">\n  <openbadges:" + element + content
                + "</openbadges:" + element + ">\n  <rect width=\"10\" height=\"10\"/>\n</svg>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Two OpenCerts documents wrapped in one Merkle tree (each proof holds the other's target hash); the first is
     * {@code name} from {@code store}, issued on {@code issuedOn}, with an NRIC and an e-mail in its recipient.
     */
    public static List<JsonObject> openCerts(String store, String name, String issuedOn, long seed) {
        Random random = new Random(seed);
        List<JsonObject> documents = new ArrayList<>();
        for (String title : List.of(name, "Another certificate")) {
            JsonObject data = new JsonObject();
            data.addProperty("name", salt(random, title));
            data.addProperty("issuedOn", salt(random, issuedOn + "T00:00:00+08:00"));
            JsonObject issuer = new JsonObject();
            issuer.addProperty("name", salt(random, "Example Polytechnic"));
            issuer.addProperty("documentStore", salt(random, store));
            JsonArray issuers = new JsonArray();
            issuers.add(issuer);
            data.add("issuers", issuers);
            JsonObject recipient = new JsonObject();
            recipient.addProperty("name", salt(random, "Tan Wei Ling"));
            recipient.addProperty("nric", salt(random, "S1234567D"));
            recipient.addProperty("email", salt(random, "weiling@example.com"));
            data.add("recipient", recipient);
            JsonObject document = new JsonObject();
            document.addProperty("version", "https://schema.openattestation.com/2.0/schema.json");
            document.add("data", data);
            documents.add(document);
        }
        byte[] first = targetHash(documents.get(0).getAsJsonObject("data"));
        byte[] second = targetHash(documents.get(1).getAsJsonObject("data"));
        byte[] root = java.util.Arrays.compareUnsigned(first, second) <= 0
                ? OpenAttestation.keccak(first, second) : OpenAttestation.keccak(second, first);
        for (int i = 0; i < 2; i++) {
            JsonObject signature = new JsonObject();
            signature.addProperty("type", "SHA3MerkleProof");
            signature.addProperty("targetHash", HexFormat.of().formatHex(i == 0 ? first : second));
            JsonArray proof = new JsonArray();
            proof.add(HexFormat.of().formatHex(i == 0 ? second : first));
            signature.add("proof", proof);
            signature.addProperty("merkleRoot", HexFormat.of().formatHex(root));
            documents.get(i).add("signature", signature);
        }
        return documents;
    }

    /** The target hash of OpenAttestation v2 data, computed as its reference library does (without obfuscation). */
    public static byte[] targetHash(JsonObject data) {
        List<String> hashes = new ArrayList<>();
        flatten(data, "", hashes);
        hashes.sort(null);
        JsonArray sorted = new JsonArray();
        hashes.forEach(sorted::add);
        return OpenAttestation.keccak(sorted.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void flatten(com.google.gson.JsonElement element, String prefix, List<String> hashes) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, com.google.gson.JsonElement> e : element.getAsJsonObject().entrySet()) {
                flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), hashes);
            }
        } else if (element.isJsonArray()) {
            for (int i = 0; i < element.getAsJsonArray().size(); i++) {
                flatten(element.getAsJsonArray().get(i), prefix + "." + i, hashes);
            }
        } else {
            JsonObject leaf = new JsonObject();
            leaf.add(prefix, element);
            hashes.add(HexFormat.of().formatHex(OpenAttestation.keccak(leaf.toString()
                    .getBytes(StandardCharsets.UTF_8))));
        }
    }

    private static String salt(Random random, String value) {
        return new java.util.UUID(random.nextLong(), random.nextLong()) + ":string:" + value;
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sign(KeyPair keys, byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
