package cn.certdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Renders every template's sample into {@code target/printing-samples/} for people to look at. */
class SampleRenderingTest {

    @Test
    void everyTemplateRendersItsSampleIntoTarget() throws IOException {
        Path out = Path.of("target", "printing-samples");
        Files.createDirectories(out);
        for (String name : PrintingFixture.engine().templateNames()) {
            RenderedDocument document = PrintingFixture.engine().render(name, PrintingFixture.sample(name));
            Files.write(out.resolve(name + ".pdf"), document.pdf());
            assertThat(document.pageCount()).as(name).isEqualTo(1);
        }
    }
}
