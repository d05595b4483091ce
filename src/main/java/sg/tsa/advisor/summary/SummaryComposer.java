package sg.tsa.advisor.summary;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.Contact;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.CountedCredential;
import sg.tsa.advisor.engine.Grant;
import sg.tsa.advisor.engine.LapsedCredential;
import sg.tsa.advisor.engine.NearMiss;
import sg.tsa.advisor.engine.QualificationAdvice;
import sg.tsa.advisor.report.Numbers;
import sg.tsa.advisor.report.FurtherOptions;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.summary.SummaryContent.Earned;
import sg.tsa.advisor.summary.SummaryContent.Field;
import sg.tsa.advisor.summary.SummaryContent.Item;
import sg.tsa.advisor.summary.SummaryContent.QualificationPart;
import sg.tsa.advisor.summary.SummaryContent.Row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Puts a consultation into the words of the printed summary, through {@link Wording}. */
public final class SummaryComposer {
    public static final String TITLE = "Indicative module exemptions";

    private SummaryComposer() {
    }

    public static SummaryContent compose(SummaryRequest request) {
        Catalogue catalogue = request.catalogue();
        Advice advice = request.advice();
        Wording words = new Wording(catalogue);
        String edition = "Catalogue " + catalogue.version() + ", published " + Wording.date(catalogue.publishedOn());

        List<Field> who = List.of(new Field("Learner", request.learner()),
                new Field("Counsellor", request.counsellor()));
        List<Field> when = new ArrayList<>();
        when.add(new Field("Date", Wording.date(advice.asOf())));
        if (advice.intake() != null) {
            when.add(new Field("Planned intake", Wording.date(advice.intake())));
        }
        when.add(new Field("Catalogue", catalogue.version() + " of " + Wording.date(catalogue.publishedOn())));
        String running = (request.learner() == null ? "" : request.learner() + "  ·  ") + Wording.date(advice.asOf());

        List<QualificationPart> parts = advice.qualifications().stream()
                .map(q -> qualification(q, advice.intake(), words)).toList();
        String none = advice.qualifications().isEmpty()
                ? "The credentials entered do not exempt any module on " + Wording.date(advice.asOf()) + "." : null;

        Contact contact = catalogue.contact().filter(c -> !c.isEmpty()).orElse(null);
        return new SummaryContent(catalogue.institution(), TITLE, who, when, running, parts, none,
                furtherOptions(advice, words), lapsed(advice, words),
                request.notListed().stream()
                        .map(n -> new Item(n.title(), Wording.notListed(n.attainedOn(), n.monthOnly(), n.note())))
                        .toList(),
                disclaimer(catalogue), nextSteps(contact != null),
                contact == null || contact.name() == null || contact.name().isBlank() ? null
                        : contact.name().strip(), contactFields(contact),
                "Generated " + Wording.dateTime(request.generatedAt()), edition);
    }

    private static QualificationPart qualification(QualificationAdvice q, LocalDate intake, Wording words) {
        List<Row> rows = new ArrayList<>();
        Set<String> underCertificates = new LinkedHashSet<>();
        for (Certificate certificate : q.exemptedCertificates()) {
            underCertificates.addAll(certificate.moduleIds());
            String includes = certificate.modulesUnknown() ? "(its modules are not yet published)"
                    : "— includes " + certificate.moduleIds().stream()
                    .map(id -> q.qualification().module(id).map(SummaryComposer::module).orElse(id))
                    .reduce((a, b) -> a + "; " + b).orElse("");
            String kind = Wording.certificateKind(certificate.kind()).equals("PDC") ? "PDC" : "Certificate";
            rows.add(row(kind, certificate.title(), includes, q, q.grantsFor(certificate), intake, words));
        }
        for (CourseModule module : q.exemptedModules()) {
            if (!underCertificates.contains(module.id())) {
                rows.add(row("Module", module(module), null, q, q.grantsFor(module), intake, words));
            }
        }
        List<CourseModule> remaining = q.remainingModules().orElse(null);
        String remainingNote;
        if (remaining == null) {
            remainingNote = "The full module list is not published; the school will confirm which modules remain.";
        } else if (remaining.isEmpty()) {
            remainingNote = "None: every module of this qualification is exempted.";
        } else {
            remainingNote = remaining.size() == 1 ? "1 module remains:" : remaining.size() + " modules remain:";
        }
        return new QualificationPart(q.qualification().title(), Wording.headline(q, intake), rows, remainingNote,
                remaining == null ? null : remaining.stream().map(SummaryComposer::module).toList(),
                hoursSaved(q));
    }

    private static String module(CourseModule module) {
        return module.code() == null || module.code().isBlank() ? module.title()
                : module.title() + " (" + module.code() + ")";
    }

    /** One exempted module or certificate, with the credentials of its grants, each once. */
    private static Row row(String kind, String title, String includes, QualificationAdvice q, List<Grant> grants,
                           LocalDate intake, Wording words) {
        String lapses = Wording.notForIntake(q, grants, intake);
        Set<String> seen = new LinkedHashSet<>();
        List<Earned> earned = new ArrayList<>();
        for (Grant grant : grants) {
            for (CountedCredential c : grant.credentials()) {
                if (seen.add(c.credentialId() + "@" + c.held().attainedOn() + "@" + c.countsUntil())) {
                    boolean first = lapses != null && c.countsUntil() != null && c.countsUntil().isBefore(intake);
                    earned.add(new Earned(words.credential(c.credentialId()), Wording.countedDates(c), first));
                }
            }
        }
        return new Row(kind, title, includes, earned, lapses);
    }

    private static String hoursSaved(QualificationAdvice q) {
        return q.hoursSaved().map(hours -> {
            boolean allKnown = q.exemptedModules().stream().allMatch(m -> m.hours() != null);
            return (allKnown ? "" : "at least ") + Numbers.format(hours) + " hours"
                    + (allKnown ? "" : " (the hours of some exempted modules are not published)");
        }).orElse(null);
    }

    private static List<Item> furtherOptions(Advice advice, Wording words) {
        return FurtherOptions.of(advice).stream().map((NearMiss miss) -> new Item(
                capitalise(words.exempts(miss.rule())) + " — " + words.qualification(miss.rule().qualificationId()),
                "Add " + words.credentials(miss.missing(), "or") + "." + heldButLapsed(advice, miss, words)))
                .toList();
    }

    /** Where a missing credential is held but no longer counts, says so: a renewed one would count. */
    private static String heldButLapsed(Advice advice, NearMiss miss, Wording words) {
        return advice.lapsed().stream().filter(l -> miss.missing().contains(l.held().credentialId()))
                .map(l -> " (Yours, attained " + Wording.attained(l.held()) + ", no longer counts.)")
                .collect(java.util.stream.Collectors.joining());
    }

    private static List<Item> lapsed(Advice advice, Wording words) {
        return advice.lapsed().stream().map((LapsedCredential l) -> new Item(
                words.credential(l.held().credentialId()),
                "Attained " + Wording.attained(l.held()) + "; counted until " + Wording.date(l.countsUntil())
                        + ".")).toList();
    }

    private static String disclaimer(Catalogue catalogue) {
        return "This summary is indicative only. Every exemption is subject to verification of your original "
                + "certificates and to the approval of the school that offers the qualification. A credential "
                + "counts only if it was attained within the period stated for it (shown above as \"counts "
                + "until\"). " + catalogue.institution() + " may change its list of recognised credentials at any "
                + "time; this summary follows catalogue edition " + catalogue.version() + " of "
                + Wording.date(catalogue.publishedOn()) + ".";
    }

    private static String nextSteps(boolean hasContact) {
        return "When you apply, bring the original certificates of the credentials above."
                + (hasContact ? " For questions, contact:" : "");
    }

    private static List<Field> contactFields(Contact contact) {
        if (contact == null) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>();
        add(fields, "Address", contact.address());
        add(fields, "Phone", contact.phone());
        add(fields, "Email", contact.email());
        add(fields, "Website", contact.website());
        add(fields, "Hours", contact.hours());
        return fields;
    }

    private static void add(List<Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, value.strip()));
        }
    }

    private static String capitalise(String text) {
        Objects.requireNonNull(text);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
