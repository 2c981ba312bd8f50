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
        DocumentData sample = PrintingFixture.sample("refusal-notice");
        java.util.Map<String, String> fields = new java.util.HashMap<>(sample.fields());
        fields.put("refusalReason", "该事项属于部门间信息核查范围，派出所不再出具证明，请向相关部门咨询办理；".repeat(60));
        RenderedDocument overflow = PrintingFixture.engine().render("refusal-notice", new DocumentData(fields, sample.meta()));
        Files.write(out.resolve("refusal-notice-overflow.pdf"), overflow.pdf());
        assertThat(overflow.pageCount()).isGreaterThan(1);
    }
}
