package cn.certdesk.bench;

import cn.certdesk.domain.catalogue.CatalogueReader;
import cn.certdesk.printing.DocumentData;
import cn.certdesk.printing.DocumentMeta;
import cn.certdesk.printing.RenderedDocument;
import cn.certdesk.printing.SampleDocuments;
import cn.certdesk.printing.SignedCertificateRenderer;
import cn.certdesk.printing.TemplateEngine;
import cn.certdesk.store.keys.StationKeyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Warm in-process render time of one certificate, for {@code src/bench/run-print-benchmarks.sh}.
 *
 * <pre>
 *   RenderBench TEMPLATES_DIR DATA_DIR [WARMUP [MEASURED [TEMPLATE]]]   (defaults 300, 2000, ISSUE_KINSHIP)
 * </pre>
 *
 * Loads the engine once with the bundled catalogue, reads the template's sample, then renders it
 * alternately (A/B, one of each per iteration, the order swapped every iteration) with
 * {@code engine.render} (unsigned: the sample's QR payload) and {@link SignedCertificateRenderer}
 * (SM3 digest + SM2 signature with the station key of DATA_DIR, then the same render). WARMUP
 * iterations are discarded; each of the MEASURED iterations is timed with {@code System.nanoTime}
 * around one render call (the PDF bytes are produced in memory, not written to disk). Prints one
 * line per variant: {@code variant n median_ms p90_ms min_ms max_ms mean_ms bytes}. Not a test.
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RenderBench TEMPLATES_DIR DATA_DIR [WARMUP [MEASURED [TEMPLATE]]]");
            System.exit(2);
        }
        Path templates = Path.of(args[0]);
        Path dataDir = Path.of(args[1]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        String template = args.length > 4 ? args[4] : "ISSUE_KINSHIP";

        try (TemplateEngine engine = TemplateEngine.load(templates, new CatalogueReader().readBundled())) {
            DocumentData sample = new SampleDocuments().read(templates, template);
            StationKeyStore keys = new StationKeyStore(dataDir);
            String stationCode = keys.ownStationCode()
                    .orElseThrow(() -> new IllegalStateException("no station key in " + dataDir));
            SignedCertificateRenderer signed = new SignedCertificateRenderer(engine, keys.signer(stationCode));
            DocumentMeta m = sample.meta();
            // The signer only signs for its own station; everything else is the sample's.
            DocumentData forStation = new DocumentData(sample.fields(), new DocumentMeta(m.certificateNumber(),
                    m.stationName(), stationCode, m.officerName(), m.officerPoliceNumber(), m.issueDate(),
                    Optional.empty(), ""));

            long[] unsignedNs = new long[measured];
            long[] signedNs = new long[measured];
            long bytesUnsigned = 0;
            long bytesSigned = 0;
            long checksum = 0;
            for (int i = -warmup; i < measured; i++) {
                boolean signedFirst = (i & 1) != 0;
                for (int half = 0; half < 2; half++) {
                    boolean doSigned = (half == 0) == signedFirst;
                    long start = System.nanoTime();
                    RenderedDocument doc = doSigned ? signed.render(template, forStation) : engine.render(template, sample);
                    long took = System.nanoTime() - start;
                    checksum += doc.pdf().length;
                    if (i >= 0) {
                        if (doSigned) {
                            signedNs[i] = took;
                            bytesSigned = doc.pdf().length;
                        } else {
                            unsignedNs[i] = took;
                            bytesUnsigned = doc.pdf().length;
                        }
                    }
                }
            }
            if (args.length > 5) { // optional: keep one of each for inspection
                Files.write(Path.of(args[5] + "-unsigned.pdf"), engine.render(template, sample).pdf());
                Files.write(Path.of(args[5] + "-signed.pdf"), signed.render(template, forStation).pdf());
            }
            print("engine-render-unsigned", unsignedNs, bytesUnsigned);
            print("signed-render-sm2", signedNs, bytesSigned);
            if (checksum == 42) {
                System.err.println(checksum);
            }
        }
    }

    private static void print(String variant, long[] ns, long bytes) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf(Locale.ROOT, "%s %d %.3f %.3f %.3f %.3f %.3f %d%n", variant, sorted.length,
                percentile(sorted, 50) / 1e6, percentile(sorted, 90) / 1e6, sorted[0] / 1e6,
                sorted[sorted.length - 1] / 1e6, mean / 1e6, bytes);
    }

    /** Nearest-rank percentile of a sorted array. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
