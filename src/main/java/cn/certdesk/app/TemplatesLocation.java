package cn.certdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the certificate templates are: {@code -Dcertdesk.templates=DIR}, else
 * {@code <install>/templates} (the launcher sets {@code certdesk.home}), else {@code ./templates}
 * (running from the source tree). IT staff edit them there without rebuilding.
 */
public final class TemplatesLocation {

    private TemplatesLocation() {
    }

    public static Path resolve(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String property = System.getProperty("certdesk.templates");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        String home = System.getProperty("certdesk.home");
        if (home != null && Files.isDirectory(Path.of(home, "templates"))) {
            return Path.of(home, "templates").toAbsolutePath().normalize();
        }
        return Path.of("templates").toAbsolutePath().normalize();
    }
}
