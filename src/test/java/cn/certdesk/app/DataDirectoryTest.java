package cn.certdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.defaultFor("Windows 11", Map.of("APPDATA", "C:\\Users\\zhang\\AppData\\Roaming"),
                "C:\\Users\\zhang")).isEqualTo(Path.of("C:\\Users\\zhang\\AppData\\Roaming", "CertDesk"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataDirectory.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/zhang"))
                .isEqualTo(Path.of("/data/xdg/certdesk"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetOrRelative() {
        assertThat(DataDirectory.defaultFor("Linux", Map.of(), "/home/zhang"))
                .isEqualTo(Path.of("/home/zhang/.local/share/certdesk"));
        assertThat(DataDirectory.defaultFor("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), "/home/zhang"))
                .isEqualTo(Path.of("/home/zhang/.local/share/certdesk"));
    }

    @Test
    void anExplicitDataDirWins() {
        assertThat(DataDirectory.resolve(Path.of("/srv/cd"), true)).isEqualTo(Path.of("/srv/cd"));
    }

    @Test
    void theDemoStationLivesApartFromRealRecords() {
        assertThat(DataDirectory.resolve(null, true)).isEqualTo(DataDirectory.resolve(null, false).resolve("demo"));
    }
}
