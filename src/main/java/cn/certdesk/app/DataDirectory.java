package cn.certdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store, backups and logs live: the OS-standard per-user data directory unless
 * {@code --data-dir} says otherwise. Windows {@code %APPDATA%\CertDesk}, macOS
 * {@code ~/Library/Application Support/CertDesk}, Linux and others
 * {@code $XDG_DATA_HOME/certdesk} (default {@code ~/.local/share/certdesk}). The demo station
 * lives in a separate {@code demo} folder so synthetic data never mixes with real records.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path defaultFor(String osName, Map<String, String> environment, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("CertDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CertDesk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("certdesk");
    }

    /** The default for this machine and user. */
    public static Path defaultForThisMachine() {
        return defaultFor(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * @param explicit {@code --data-dir}, or null
     * @param demo     {@code --demo}: the demo station's own folder under the default
     */
    public static Path resolve(Path explicit, boolean demo) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        Path base = defaultForThisMachine();
        return demo ? base.resolve("demo") : base;
    }
}
