package cn.certdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every officer-facing key is in both bundles, every key the code or an FXML file asks for
 * exists, and no key sits unused.
 */
class LocalizationConsistencyTest {

    private static final Path BUNDLES = Path.of("src/main/resources/cn/certdesk");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][a-z0-9.]*)\"");
    private static final Pattern CODE_KEY_USE = Pattern.compile(
            "(?:get|CertDeskException|super|require|ofKey)\\(\\s*\"([a-z][a-z0-9]*(?:\\.[a-z0-9]+)+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][a-z0-9]*(?:\\.[a-z0-9]+)+)\"");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String allSources(String extension) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(extension)).toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> chinese = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).as("keys missing from or extra in messages_en")
                .isEqualTo(new TreeSet<>(chinese));
    }

    @Test
    void noBundleValueIsEmpty() throws IOException {
        for (String file : new String[] {"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties bundle = load(file);
            assertThat(bundle.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeAndFxmlUseExists() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Matcher fxml = FXML_KEY.matcher(allSources(".fxml"));
        while (fxml.find()) {
            used.add(fxml.group(1));
        }
        Matcher code = CODE_KEY_USE.matcher(allSources(".java"));
        while (code.find()) {
            used.add(code.group(1));
        }
        used.removeIf(key -> key.startsWith("cn.certdesk") || key.startsWith("certdesk."));
        assertThat(used).as("keys used but not in the bundles").isSubsetOf(keys);
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> keys = new HashSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        String java = allSources(".java");
        Matcher literal = STRING_LITERAL.matcher(java);
        Set<String> mentioned = new HashSet<>();
        while (literal.find()) {
            mentioned.add(literal.group(1));
        }
        Matcher fxml = FXML_KEY.matcher(allSources(".fxml"));
        while (fxml.find()) {
            mentioned.add(fxml.group(1));
        }
        keys.removeAll(mentioned);
        assertThat(new TreeSet<>(keys)).as("keys in the bundles that nothing uses").isEmpty();
    }
}
