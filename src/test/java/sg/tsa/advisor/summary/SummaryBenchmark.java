package sg.tsa.advisor.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures how long the summary's PDF takes to make, warm, for a typical consultation (also with names in Chinese,
 * Tamil and Jawi: the first such summary in a JVM loads the fonts) and a five-qualification one, and writes the
 * PDFs for a look. Run by hand (not a test):
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) sg.tsa.advisor.summary.SummaryBenchmark [DIR]
 * </pre>
 */
public final class SummaryBenchmark {
    private SummaryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/summary-benchmark");
        Files.createDirectories(dir);
        long start = System.nanoTime();
        SummaryPdf.create(SummaryCases.namesInOtherScripts());
        System.out.printf("first summary with Chinese, Tamil and Jawi names in this JVM: %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
        measure("names in Chinese, Tamil, Jawi (1 page)", SummaryCases.namesInOtherScripts(),
                dir.resolve("names.pdf"));
        measure("typical (2 qualifications, 1 page)", SummaryCases.typical(), dir.resolve("typical.pdf"));
        measure("five qualifications (4 pages)", SummaryCases.fiveQualifications(), dir.resolve("five.pdf"));
    }

    private static void measure(String name, SummaryRequest request, Path file) throws IOException {
        for (int i = 0; i < 30; i++) {
            SummaryPdf.create(request);
        }
        int runs = 50;
        long[] nanos = new long[runs];
        byte[] pdf = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pdf = SummaryPdf.create(request);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Files.write(file, pdf);
        System.out.printf("%-40s median %6.1f ms   p90 %6.1f ms   %,d bytes -> %s%n", name,
                nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, pdf.length, file);
    }
}
