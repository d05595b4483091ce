package sg.tsa.advisor.summary;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Contact;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryPdfTest {

    @Test
    void aTypicalConsultationSaysEverythingOnOneA4Page() throws IOException {
        byte[] pdf = SummaryPdf.create(SummaryCases.typical());
        String text = PdfText.of(pdf);

        assertThat(pageCount(pdf)).isEqualTo(1);
        assertThat(text).contains("Temasek Polytechnic", "Indicative module exemptions",
                "Tan Wei Ling", "Nur Aisyah binte Rahman", "28 Nov 2026", "Planned intake".toUpperCase(),
                "1 Apr 2027", "2026.11 of 28 Nov 2026");
        // two qualifications with exemptions: modules, a whole PDC, and the credentials with their dates
        assertThat(text).contains("Diploma in Infocomm and Digital Media (ICT Systems, Services & Support)",
                "Data Communication and Networking",
                "Cisco Certified Network Associate (CCNA) attained 1 Jun 2024, counts until 1 Jun 2028",
                "Cloud Computing & Security",
                "AWS Certified Solutions Architect – Associate attained 10 Jan 2023, counts until 10 Jan 2027",
                "Specialist Diploma in Aquaculture Management & Technology",
                "Aquatic Animal Health & Nutrition The whole PDC",
                "attained 1 Aug 2025, counts until 1 Aug 2029",
                "The full module list is not published");
        // what lapses before the intake, further options, lapsed credentials
        assertThat(text).contains("2 modules exempted — 1 lapses before the April 2027 intake",
                "Cloud Computing & Security ⚠ Not granted for the intake on 1 Apr 2027",
                "Principles of Machine Learning — Specialist Diploma in AI Solution Development",
                "Add Introduction to Machine Learning with TensorFlow Nanodegree.",
                "Business Analytics Nanodegree Attained 2 May 2021; counted until 2 May 2025.");
        // disclaimer, contact, footer
        assertThat(text).contains("indicative only", "verification of your original certificates",
                "approval of the school", "attained within the period stated for it",
                "may change its list of recognised credentials",
                "Temasek SkillsFuture Academy (TSA)", "6788 1212", "21 Tampines Avenue 1, Singapore 529757",
                "https://www.tp.edu.sg/tsa", "Mon–Thu 8:30am–6:00pm",
                "Generated 28 Nov 2026, 14:05", "Page 1 of 1");
        assertThat(text).doesNotContain("null");
    }

    @Test
    void hoursSavedAndRemainingModulesArePrintedWhereTheCatalogueHasThem() throws IOException {
        String text = PdfText.of(SummaryPdf.create(SummaryCases.fiveQualifications()));

        assertThat(text).contains("HOURS SAVED 360 hours", "6 modules remain:",
                "Post-Diploma Certificate in Applied Topic 1 Foundations The whole PDC — includes");
    }

    @Test
    void aLongConsultationFlowsOntoMorePagesWithTheHeaderRepeatedAndNothingLost() throws IOException {
        SummaryRequest request = SummaryCases.fiveQualifications();
        byte[] pdf = SummaryPdf.create(request);
        int pages = pageCount(pdf);

        assertThat(pages).isGreaterThanOrEqualTo(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfText.page(pdf, page)).startsWith("Temasek Polytechnic")
                    .contains("Indicative module exemptions", "Page " + page + " of " + pages);
        }
        assertThat(PdfText.page(pdf, 2)).contains("Muhammad Hafiz bin Abdullah");
        String text = PdfText.of(pdf);
        List<String> expected = new ArrayList<>();
        request.advice().qualifications().forEach(q -> {
            expected.add(q.qualification().title());
            q.exemptedModules().forEach(m -> expected.add(m.title() + " (" + m.code() + ")"));
            q.remainingModules().orElseThrow().forEach(m -> expected.add(m.title() + " (" + m.code() + ")"));
        });
        request.advice().nearMisses().forEach(n -> expected.add("— Specialist Diploma in Applied Topic "
                + n.rule().qualificationId().substring(1)));
        assertThat(text).contains(expected);
        assertThat(text).contains("indicative only", "tsa@example.edu.sg");
    }

    @Test
    void everyCharacterIsInsideTheMarginsAndAboveTheFooter() throws IOException {
        for (SummaryRequest request : List.of(SummaryCases.typical(), SummaryCases.fiveQualifications())) {
            List<PdfText.Glyph> glyphs = PdfText.glyphs(SummaryPdf.create(request));

            assertThat(glyphs).isNotEmpty().allSatisfy(g -> {
                assertThat(g.left()).isGreaterThanOrEqualTo(Look.LEFT - 0.5f);
                assertThat(g.right()).isLessThanOrEqualTo(Look.RIGHT + 0.5f);
                assertThat(g.baseline()).isLessThanOrEqualTo(Look.TOP);
                boolean footer = Math.abs(g.baseline() - Look.FOOTER_BASELINE) < 0.5f;
                if (!footer) {
                    assertThat(g.baseline()).as("%s on page %d", g.text(), g.page())
                            .isGreaterThan(Look.FOOTER_RULE + 4f);
                }
            });
        }
    }

    @Test
    void pagesAreA4WithEveryFontEmbeddedAndRenderToImages() throws IOException {
        byte[] pdf = SummaryPdf.create(SummaryCases.fiveQualifications());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<String> fontNames = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fontNames.add(font.getName());
                }
                BufferedImage image = renderer.renderImageWithDPI(i, 50);
                assertThat(image.getWidth()).isBetween(410, 416);
                assertThat(darkPixels(image)).as("ink on page %d", i + 1).isGreaterThan(200);
            }
            assertThat(fontNames).isNotEmpty().allMatch(n -> n.contains("DejaVuSans"));
        }
    }

    @Test
    void missingLearnerAndContactLeaveNoGapsOrNulls() throws IOException {
        SummaryRequest typical = SummaryCases.typical();
        Catalogue noContact = withContact(typical.catalogue(), null);
        byte[] pdf = SummaryPdf.create(new SummaryRequest(noContact, typical.advice(), null, null,
                SummaryCases.GENERATED));
        String text = PdfText.of(pdf);

        assertThat(text).contains("LEARNER COUNSELLOR", "When you apply, bring the original certificates")
                .doesNotContain("null", "PHONE", "For questions, contact", "Temasek SkillsFuture Academy");

        Catalogue phoneOnly = withContact(typical.catalogue(), new Contact(null, "6788 1212", null, null, null, " "));
        String phone = PdfText.of(SummaryPdf.create(new SummaryRequest(phoneOnly, typical.advice(), "Tan", "Lim",
                SummaryCases.GENERATED)));
        assertThat(phone).contains("For questions, contact: PHONE 6788 1212")
                .doesNotContain("null", "EMAIL", "WEBSITE", "ADDRESS", "HOURS");
    }

    @Test
    void noExemptionsIsSaidPlainly() throws IOException {
        Catalogue catalogue = ShippedCatalogue.load();
        var advice = new ExemptionEngine(catalogue).advise(new AdviceRequest(
                List.of(new HeldCredential("udacity-aipnd", LocalDate.of(2025, 1, 1))), SummaryCases.AS_OF));
        String text = PdfText.of(SummaryPdf.create(new SummaryRequest(catalogue, advice, "Tan", "Lim",
                SummaryCases.GENERATED)));

        assertThat(text).contains("The credentials entered do not exempt any module on 28 Nov 2026.",
                "Principles of Machine Learning", "Page 1 of 1").doesNotContain("PLANNED INTAKE");
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static Catalogue withContact(Catalogue c, Contact contact) {
        return new Catalogue(c.version(), c.publishedOn(), c.institution(), contact, c.sources(),
                c.defaultRecencyYears(), c.issuers(), c.credentials(), c.qualifications(), c.rules());
    }

    @Test
    void aDateGivenAsAMonthAloneIsPrintedAsTheScreenSaysIt() throws IOException {
        Catalogue catalogue = ShippedCatalogue.load();
        List<HeldCredential> held = List.of(
                new HeldCredential("cisco-ccna", LocalDate.of(2024, 6, 1), true),
                new HeldCredential("aws-saa", LocalDate.of(2023, 1, 10), false),
                new HeldCredential("udacity-ba", LocalDate.of(2021, 5, 1), true));
        SummaryRequest request = new SummaryRequest(catalogue, new ExemptionEngine(catalogue).advise(
                new AdviceRequest(held, SummaryCases.AS_OF, SummaryCases.INTAKE)), "Tan Wei Ling", "Nur Aisyah",
                SummaryCases.GENERATED, List.of(new SummaryRequest.NotListed("CompTIA Security+",
                LocalDate.of(2023, 3, 1), true, null)));

        String text = PdfText.of(SummaryPdf.create(request));

        assertThat(text).contains(
                "Cisco Certified Network Associate (CCNA) attained June 2024, taken as 1 Jun 2024, counts until "
                        + "1 Jun 2028",
                "AWS Certified Solutions Architect – Associate attained 10 Jan 2023, counts until 10 Jan 2027",
                "Business Analytics Nanodegree Attained May 2021, taken as 1 May 2021; counted until 1 May 2025.",
                "CompTIA Security+ Attained March 2023, taken as 1 Mar 2023. Not counted.");
        assertThat(text).doesNotContain("January 2023");
    }
}
