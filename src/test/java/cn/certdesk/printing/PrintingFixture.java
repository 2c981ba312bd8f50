package cn.certdesk.printing;

import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CatalogueReader;
import java.nio.file.Path;

/** Shared engine for the printing tests: fonts are parsed once per test JVM. Thread-safe (lazy holder). */
final class PrintingFixture {

    static final Path TEMPLATES = Path.of("templates");

    private PrintingFixture() {
    }

    static Catalogue catalogue() {
        return Holder.CATALOGUE;
    }

    static TemplateEngine engine() {
        return Holder.ENGINE;
    }

    static DocumentData sample(String templateName) {
        return new SampleDocuments().read(TEMPLATES, templateName);
    }

    private static final class Holder {
        static final Catalogue CATALOGUE = new CatalogueReader().readBundled();
        static final TemplateEngine ENGINE = TemplateEngine.load(TEMPLATES, CATALOGUE);
    }
}
