package cn.certdesk.printing;

import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Renders certificates, notices and forms from the JSON templates in the top-level
 * {@code templates/} folder into PDF/A-2b (format: {@code templates/README.md}, ADR 0009).
 * The fonts in {@code templates/fonts/} are parsed once, when the engine is loaded; every
 * document embeds subsets of them.
 *
 * <p>Thread-safe: templates are immutable after loading, and rendering holds the font set's
 * lock for the duration of one document (a few milliseconds), so concurrent calls are
 * serialized rather than interleaved.
 */
public final class TemplateEngine implements AutoCloseable {

    /** The templates every installation must have besides one per issue kind. */
    public static final SortedSet<String> SUPPORTING_TEMPLATES = Collections.unmodifiableSortedSet(new TreeSet<>(
            java.util.List.of("stub", "refusal-notice", "ncr-application-form", "ncr-refusal-notice",
                    "verification-letter", "override-certificate")));

    private final Map<String, Template> templates;
    private final FontSet fonts;

    private TemplateEngine(Map<String, Template> templates, FontSet fonts) {
        this.templates = templates;
        this.fonts = fonts;
    }

    /**
     * Loads and validates every {@code *.json} in {@code templatesDir} (not its subfolders) and
     * parses the fonts in {@code templatesDir/fonts}.
     *
     * @throws TemplateException naming the file and the field when a template is invalid, when
     *                           an issue kind of the catalogue or a supporting template has no
     *                           template, or when a font is missing
     */
    public static TemplateEngine load(Path templatesDir, Catalogue catalogue) {
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(catalogue, "catalogue");
        TemplateLoader loader = new TemplateLoader(catalogue);
        Map<String, Template> templates = new TreeMap<>();
        java.util.List<Path> files;
        try (Stream<Path> listing = Files.list(templatesDir)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new TemplateException(null, null, "templates folder cannot be read", e);
        }
        for (Path file : files) {
            Template template = loader.load(file);
            templates.put(template.name(), template);
        }
        java.util.List<String> missing = new ArrayList<>();
        for (CertificateKind kind : catalogue.all()) {
            if (kind.issuable() && templates.values().stream().noneMatch(t -> kind.code().equals(t.kindCode()))) {
                missing.add(kind.code());
            }
        }
        SUPPORTING_TEMPLATES.stream().filter(name -> !templates.containsKey(name)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new TemplateException(String.join(", ", missing), null, "template file is missing");
        }
        return new TemplateEngine(Collections.unmodifiableMap(templates), FontSet.load(templatesDir.resolve("fonts")));
    }

    /** @return the names of all loaded templates (file names without {@code .json}) */
    public SortedSet<String> templateNames() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(templates.keySet()));
    }

    /** @throws TemplateException when there is no such template */
    public TemplateInfo info(String templateName) {
        Template template = template(templateName);
        return new TemplateInfo(template.name(), template.version(), template.title(),
                java.util.List.copyOf(template.fields().values()),
                template.sealLabel(), template.kindCode());
    }

    /**
     * Renders one document.
     *
     * @throws TemplateException naming the field when a required field is missing or a value is
     *                           malformed (dates, images), or when there is no such template
     */
    public RenderedDocument render(String templateName, DocumentData data) {
        Template template = template(templateName);
        Objects.requireNonNull(data, "data");
        fonts.lock().lock();
        try {
            return new DocumentRenderer(fonts, template, data).render();
        } finally {
            fonts.lock().unlock();
        }
    }

    /** @return the engine's font set (for tests: parsed once) */
    FontSet fontSet() {
        return fonts;
    }

    /** @return the loaded template (for tests) */
    Template template(String templateName) {
        Template template = templates.get(templateName);
        if (template == null) {
            throw new TemplateException(templateName, null, "no such template");
        }
        return template;
    }

    /** Releases the font files. */
    @Override
    public void close() {
        fonts.close();
    }
}
