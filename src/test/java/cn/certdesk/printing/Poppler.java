package cn.certdesk.printing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real poppler-utils binaries; skips (assumption) only when the binary is not installed. */
final class Poppler {

    private Poppler() {
    }

    static String run(String binary, Path pdf, String... arguments) throws IOException, InterruptedException {
        assumeTrue(onPath(binary), binary + " is not installed (Debian poppler-utils); CI installs it");
        List<String> command = new ArrayList<>();
        command.add(binary);
        command.addAll(List.of(arguments));
        command.add(pdf.toString());
        if (binary.equals("pdftotext")) {
            command.add("-");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(binary + " failed: " + output);
        }
        return output;
    }

    private static boolean onPath(String binary) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }
}
