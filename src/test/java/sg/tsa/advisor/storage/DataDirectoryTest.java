package sg.tsa.advisor.storage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/counsellor");

    @Test
    void theOptionWinsOverTheVariableWhichWinsOverThePlatform() {
        Map<String, String> env = Map.of(DataDirectory.ENVIRONMENT_VARIABLE, "/srv/advisor");

        assertThat(DataDirectory.resolve(Path.of("/tmp/option"), env, "Linux", HOME)).isEqualTo(Path.of("/tmp/option"));
        assertThat(DataDirectory.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/srv/advisor"));
    }

    @Test
    void eachPlatformHasItsPerUserApplicationDataFolder() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "C:\\Users\\lee\\AppData\\Roaming"), "Windows 11",
                HOME).toString()).endsWith("Exemption Advisor").contains("AppData");
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Exemption Advisor"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/lee"), "Linux", HOME))
                .isEqualTo(Path.of("/data/lee/exemption-advisor"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative/ignored"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/exemption-advisor"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/exemption-advisor"));
    }
}
