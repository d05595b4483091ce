package sg.tsa.advisor.about;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.cli.Cli;
import sg.tsa.advisor.testing.Pom;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One version everywhere, and a third-party notice that names everything the application bundles. */
class ReleaseTest {

    @Test
    void theVersionIsThePomsAndCarriesNoSnapshot() {
        assertThat(Release.version()).isEqualTo(Pom.version()).doesNotContain("SNAPSHOT");
    }

    @Test
    void dashDashVersionPrintsThePomsVersion() {
        StringWriter out = new StringWriter();
        int status = Cli.run(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                Clock.systemUTC(), dir -> { });
        assertThat(status).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exemption Advisor " + Pom.version());
    }

    @Test
    void theThirdPartyNoticeNamesEveryRuntimeDependencyOfThePomWithItsLicence() {
        String notice = Release.thirdParty();
        List<String> runtime = Pom.runtimeDependencies();
        assertThat(runtime).contains("org.openjfx:javafx-controls", "org.apache.pdfbox:pdfbox");
        for (String dependency : runtime) {
            assertThat(notice).as("THIRD-PARTY.txt names " + dependency).contains("(" + dependency + ")");
        }
        // Transitive ones too, and every entry with a known licence (the build fails on a missing one).
        assertThat(notice).contains("(org.apache.pdfbox:fontbox)", "(commons-logging:commons-logging)",
                "(org.kordamp.ikonli:ikonli-core)");
        assertThat(notice).contains("GNU General Public License, version 2, with the Classpath Exception")
                .doesNotContain("Unknown").doesNotContain("no address published");
    }

    @Test
    void theNoticeNamesEveryShippedFontFileAndTheIconFont() throws IOException {
        String notice = Release.thirdParty();
        try (Stream<Path> fonts = Files.list(Path.of("resources/fonts"))) {
            List<String> files = fonts.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".ttf") || f.endsWith(".otf")).toList();
            assertThat(files).isNotEmpty();
            for (String file : files) {
                assertThat(notice).as("THIRD-PARTY.txt names the font file " + file).contains(file);
            }
        }
        assertThat(notice).contains("Feather icons").contains("MIT License");
    }

    @Test
    void theApplicationsLicenceAndNoticeAreShipped() {
        assertThat(Release.licence()).contains("Apache License").contains("Version 2.0, January 2004");
        assertThat(Release.notice()).contains("Copyright 2026 Temasek Polytechnic");
    }
}
