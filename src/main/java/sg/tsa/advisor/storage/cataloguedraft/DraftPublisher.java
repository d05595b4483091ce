package sg.tsa.advisor.storage.cataloguedraft;

import sg.tsa.advisor.text.Counted;
import com.google.gson.JsonObject;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.InvalidCatalogueException;
import sg.tsa.advisor.catalogue.signing.FileSignature;
import sg.tsa.advisor.catalogue.signing.PublicSigningKey;
import sg.tsa.advisor.catalogue.signing.SignatureFiles;
import sg.tsa.advisor.catalogue.signing.SigningException;
import sg.tsa.advisor.catalogue.signing.SigningKeys;
import sg.tsa.advisor.io.AtomicFiles;
import sg.tsa.advisor.storage.catalogue.CatalogueStore;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.catalogue.ImportResult;
import sg.tsa.advisor.storage.catalogue.TrustedKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Publishes a catalogue draft (docs/decisions/0121): checks everything first and writes nothing when any check
 * fails; then writes the edition file whole ({@link AtomicFiles}), signs it beside it ({@code FILE.sig}) when a key
 * file is given, and, when asked, imports the written file and activates it as {@code catalogue import} would.
 * Blocks on the disk: call it from a background task.
 */
public final class DraftPublisher {
    /**
     * What to publish.
     *
     * @param file        the edition file to write
     * @param version     the new edition's version
     * @param publishedOn its publication date
     * @param keyFile     the private key file to sign with ({@code KEYFILE.pub} beside it), or null to leave it unsigned
     * @param activate    whether to import the file here and make it the active edition
     */
    public record Request(Path file, String version, LocalDate publishedOn, Path keyFile, boolean activate) {
    }

    /**
     * What was published.
     *
     * @param keyId    the key that signed it, when signed
     * @param imported the local import, when asked for
     */
    public record Published(Path file, Catalogue catalogue, Optional<String> keyId, Optional<ImportResult> imported) {
    }

    private final CatalogueStore catalogues;
    private final TrustedKeys trustedKeys;

    public DraftPublisher(CatalogueStore catalogues, TrustedKeys trustedKeys) {
        this.catalogues = catalogues;
        this.trustedKeys = trustedKeys;
    }

    /**
     * The version suggested for the next edition: this month's {@code YYYY.MM}, or {@code YYYY.MM.N} with the
     * smallest N not stored yet.
     */
    public static String suggestVersion(List<String> stored, LocalDate today) {
        Set<String> taken = Set.copyOf(stored);
        String month = today.format(DateTimeFormatter.ofPattern("yyyy.MM"));
        if (!taken.contains(month)) {
            return month;
        }
        int n = 1;
        while (taken.contains(month + "." + n)) {
            n++;
        }
        return month + "." + n;
    }

    /** {@link #suggestVersion(List, LocalDate)} against the editions stored here. */
    public String suggestVersion(LocalDate today) {
        return suggestVersion(catalogues.editions().stream().map(Edition::version).toList(), today);
    }

    /**
     * Publishes {@code snapshot}, a copy of the draft (taken over: its version and date are set to the request's).
     *
     * @throws PublishRefusedException when the draft has problems, the key cannot sign, or the edition could not
     *                                 be imported here as asked; nothing written then
     * @throws IOException             when the file or its signature cannot be written
     */
    public Published publish(JsonObject snapshot, Request request) throws PublishRefusedException, IOException {
        snapshot.addProperty("version", request.version() == null ? "" : request.version().strip());
        snapshot.addProperty("publishedOn", request.publishedOn().toString());
        Catalogue catalogue;
        try {
            catalogue = CatalogueReader.readTree(snapshot);
        } catch (InvalidCatalogueException e) {
            List<String> reasons = new ArrayList<>();
            reasons.add("the draft has " + Counted.of(e.total(), "problem")
                    + "; nothing written:");
            reasons.addAll(e.lines());
            throw new PublishRefusedException(reasons);
        }
        PrivateKey key = null;
        PublicSigningKey publicKey = null;
        if (request.keyFile() != null) {
            try {
                key = SigningKeys.readPrivate(request.keyFile());
                publicKey = SigningKeys.readPublic(SigningKeys.publicFile(request.keyFile()));
                if (!SignatureFiles.matches(key, publicKey)) {
                    throw new PublishRefusedException(List.of(SigningKeys.publicFile(request.keyFile())
                            + " is not the public key of " + request.keyFile() + "; nothing written"));
                }
            } catch (SigningException e) {
                throw new PublishRefusedException(List.of(e.getMessage() + "; nothing written"));
            }
        }
        if (request.activate()) {
            refuseWhatWouldNotImport(catalogue, publicKey);
        }
        byte[] bytes = CatalogueWriter.toString(catalogue).getBytes(StandardCharsets.UTF_8);
        Path signature = SignatureFiles.signatureFile(request.file());
        AtomicFiles.write(request.file(), bytes);
        if (key != null) {
            SignatureFiles.sign(bytes, key, publicKey.id(), signature);
        } else {
            // A signature left from an earlier file of that name would vouch for other contents.
            Files.deleteIfExists(signature);
        }
        Optional<ImportResult> imported = request.activate() ? Optional.of(importWritten(request.file()))
                : Optional.empty();
        return new Published(request.file(), catalogue, Optional.ofNullable(publicKey).map(PublicSigningKey::id),
                imported);
    }

    private void refuseWhatWouldNotImport(Catalogue catalogue, PublicSigningKey signer) throws PublishRefusedException {
        List<String> reasons = new ArrayList<>();
        if (catalogues.editions().stream().anyMatch(e -> e.version().equals(catalogue.version()))) {
            reasons.add("an edition " + catalogue.version() + " is stored here already: give the new edition a "
                    + "version of its own; nothing written");
        }
        List<PublicSigningKey> trusted = trustedKeys.keys();
        if (!trusted.isEmpty() && (signer == null || trusted.stream().noneMatch(k -> k.id().equals(signer.id())))) {
            reasons.add((signer == null ? "the edition would be unsigned" : "key " + signer.id() + " is not trusted here")
                    + ", and this laptop imports only editions signed by a trusted key ("
                    + trusted.stream().map(PublicSigningKey::id).collect(Collectors.joining(", "))
                    + "): choose a trusted key, or publish without activating here; nothing written");
        }
        if (!reasons.isEmpty()) {
            throw new PublishRefusedException(reasons);
        }
    }

    /**
     * Imports the file as written, read back, with the signature decided as {@code catalogue import FILE} and the
     * workspace decide it ({@link FileSignature}).
     */
    private ImportResult importWritten(Path file) throws PublishRefusedException {
        try {
            byte[] bytes = CatalogueReader.bytes(file);
            Catalogue written = CatalogueReader.read(bytes, "the file " + file);
            FileSignature signature = FileSignature.check(file, bytes, trustedKeys.keys());
            if (signature.state() == FileSignature.State.REFUSED) {
                throw new PublishRefusedException(List.of(file + " was written but not imported: "
                        + signature.reason()));
            }
            return catalogues.importCatalogue(written, signature.signerForImport(false));
        } catch (InvalidCatalogueException e) {
            throw new PublishRefusedException(List.of(file + " was written but not imported: " + e.getMessage()));
        }
    }
}
