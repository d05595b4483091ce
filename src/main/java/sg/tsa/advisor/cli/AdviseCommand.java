package sg.tsa.advisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.CredentialResolver;
import sg.tsa.advisor.catalogue.IsoDates;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.io.AtomicFiles;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.InvalidAdviceRequestException;
import sg.tsa.advisor.privacy.NationalIds;
import sg.tsa.advisor.report.JsonReport;
import sg.tsa.advisor.report.TextReport;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.summary.CounsellorName;
import sg.tsa.advisor.summary.PrintableText;
import sg.tsa.advisor.summary.SummaryPdf;
import sg.tsa.advisor.summary.UnprintableTextException;
import sg.tsa.advisor.summary.SummaryRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code exemption-advisor advise [options] CREDENTIAL@DATE ...} */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = "Which modules the given credentials exempt, and why.")
public final class AdviseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CREDENTIAL@DATE", arity = "0..*",
            description = "A credential id or alias, and the day it was attained (YYYY-MM-DD).")
    List<String> credentials = new ArrayList<>();

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "Use this catalogue file instead of the local database's active catalogue.")
    Path catalogueFile;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Assessment date (default: today).")
    String asOf;

    @Option(names = "--intake", paramLabel = "DATE", description = "Planned intake date (after the assessment date).")
    String intake;

    @Option(names = "--json", description = "The machine-readable report instead of text for people.")
    boolean json;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Also write the printable summary (the same document the window prints) to FILE.")
    Path pdf;

    @Option(names = "--learner", paramLabel = "NAME", description = "The learner's name, for the summary.")
    String learner;

    @Option(names = "--counsellor", paramLabel = "NAME",
            description = "The counsellor's name, for the summary (default: the user's name in the settings).")
    String counsellor;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "(repeatable) Add the credential that a learner's badge or certificate file shows, with the "
                    + "date it states. A file that is altered, unreadable or matches no catalogue credential is bad "
                    + "input.")
    List<Path> evidence = new ArrayList<>();

    @Option(names = "--trust", paramLabel = "ISSUER=KEY",
            description = "(repeatable, with --evidence) Trust the Ed25519 key KEY for the issuer ISSUER.")
    List<String> trust = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final MainCommand root;
    private final Clock clock;
    /** The counsellor's name in the settings, read while the local database is open for the catalogue anyway. */

    AdviseCommand(MainCommand root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        // Every problem with the input is reported at once, so that one run shows all there is to correct.
        List<String> problems = new ArrayList<>();
        LocalDate assessmentDate = asOf == null ? LocalDate.now(clock) : date(asOf, "--as-of", problems);
        LocalDate intakeDate = intake == null ? null : date(intake, "--intake", problems);
        if (intakeDate != null && assessmentDate != null && !intakeDate.isAfter(assessmentDate)) {
            problems.add("--intake: " + intakeDate + " is not after the assessment date " + assessmentDate);
        }
        if (pdf != null && (Files.isDirectory(pdf) || !Files.isDirectory(pdf.toAbsolutePath().getParent()))) {
            problems.add("--pdf: \"" + pdf + "\" is not a file in an existing folder");
        }
        for (String[] name : new String[][]{{"--learner", learner}, {"--counsellor", counsellor}}) {
            if (NationalIds.present(name[1])) {
                problems.add(NationalIds.refusal(name[0]));
            }
        }
        if (pdf != null) {
            PrintableText.problem("--learner: the name", learner).ifPresent(problems::add);
            PrintableText.problem("--counsellor: the name", counsellor).ifPresent(problems::add);
        }
        Catalogue catalogue = null;
        Optional<String> storedCounsellor = Optional.empty();
        try {
            Loaded loaded = load();
            catalogue = loaded.catalogue();
            storedCounsellor = loaded.storedCounsellor();
        } catch (BadInputException e) {
            problems.addAll(e.messages());
        }
        List<HeldCredential> held = catalogue == null ? new ArrayList<>() : held(catalogue, assessmentDate, problems);
        if (catalogue != null && !evidence.isEmpty()) {
            held.addAll(EvidenceArguments.held(evidence, catalogue, EvidenceCommand.trustedKeys(trust),
                    assessmentDate, problems));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        Advice advice;
        try {
            advice = new ExemptionEngine(catalogue).advise(new AdviceRequest(held, assessmentDate, intakeDate));
        } catch (InvalidAdviceRequestException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getOut().print(json ? JsonReport.render(catalogue, advice)
                : TextReport.render(catalogue, advice));
        if (pdf != null) {
            writeSummary(SummaryRequest.of(catalogue, advice, learner, counsellorName(storedCounsellor), clock));
        }
        return Cli.OK;
    }

    /** The printable summary to {@code --pdf}, whole or not at all (written beside it, then moved in place). */
    private void writeSummary(SummaryRequest request) {
        byte[] bytes;
        try {
            bytes = SummaryPdf.create(request);
        } catch (UnprintableTextException e) {
            throw new BadInputException(e.getMessage() + "; nothing was written to \"" + pdf + "\"");
        }
        try {
            AtomicFiles.write(pdf, bytes);
        } catch (NoSuchFileException e) {
            throw new BadInputException("--pdf: \"" + pdf + "\" is not a file in an existing folder");
        } catch (IOException e) {
            throw new UncheckedIOException("--pdf: could not write \"" + pdf + "\": " + e.getMessage(), e);
        }
    }

    /** The catalogue to advise with, and the counsellor's stored name when the summary will need it. */
    private record Loaded(Catalogue catalogue, Optional<String> storedCounsellor) {
    }

    /**
     * The {@code --catalogue} file, or the local database's active edition; the database, opened once, also gives
     * the counsellor's stored name when {@code --pdf} needs it and {@code --counsellor} was not given.
     */
    private Loaded load() {
        if (catalogueFile != null) {
            return new Loaded(Inputs.catalogueFile(catalogueFile), Optional.empty());
        }
        try (Storage storage = LocalData.open(root, clock, spec.commandLine().getErr())) {
            Optional<String> stored = pdf != null && counsellor == null
                    ? storage.settings().counsellorName() : Optional.empty();
            return new Loaded(storage.catalogues().activeCatalogue(), stored);
        }
    }

    /**
     * {@code --counsellor}, else the name in the settings, else none (never the user name). With
     * {@code --catalogue FILE} the
     * local database is only read for the name when it already exists, and a database that cannot be opened costs
     * the name, not the summary.
     */
    private String counsellorName(Optional<String> storedCounsellor) {
        if (counsellor != null) {
            return counsellor;
        }
        Optional<String> stored = storedCounsellor;
        if (catalogueFile != null) {
            try {
                stored = LocalData.openIfExists(root, clock, spec.commandLine().getErr()).map(storage -> {
                    try (storage) {
                        return storage.settings().counsellorName();
                    }
                }).flatMap(name -> name);
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("warning: the counsellor's name could not be read from the "
                        + "settings (" + e.getMessage() + "); the summary leaves it blank");
            }
        }
        return CounsellorName.byDefault(stored);
    }

    private static LocalDate date(String text, String option, List<String> problems) {
        try {
            return Inputs.date(text, option);
        } catch (BadInputException e) {
            problems.addAll(e.messages());
            return null;
        }
    }

    /** Every CREDENTIAL@DATE argument; each problem is added to {@code problems}. */
    private List<HeldCredential> held(Catalogue catalogue, LocalDate assessmentDate, List<String> problems) {
        CredentialResolver resolver = new CredentialResolver(catalogue);
        List<HeldCredential> held = new ArrayList<>();
        for (String argument : credentials) {
            int at = argument.lastIndexOf('@');
            if (at <= 0) {
                problems.add("\"" + argument + "\" is not CREDENTIAL@DATE (for example CCNA@2024-06-01)");
                continue;
            }
            String name = argument.substring(0, at);
            String date = argument.substring(at + 1);
            LocalDate attained = IsoDates.parse(date).orElse(null);
            if (attained == null) {
                problems.add("\"" + date + "\" in \"" + argument + "\" is not a date written as YYYY-MM-DD");
            } else if (!IsoDates.inRange(attained)) {
                problems.add(IsoDates.outOfRange(date, attained).orElseThrow() + " in \"" + argument + "\"");
                attained = null;
            } else if (assessmentDate != null && attained.isAfter(assessmentDate)) {
                problems.add("\"" + argument + "\": attained " + attained + ", after the assessment date "
                        + assessmentDate);
            }
            try {
                String id = resolver.resolve(name).id();
                if (attained != null) {
                    held.add(new HeldCredential(id, attained));
                }
            } catch (CredentialResolver.UnknownCredentialException e) {
                problems.add(e.getMessage() + " in \"" + argument + "\"");
            }
        }
        return held;
    }
}
