package cn.certdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the engine: validation, overflow, fonts parsed once, dates, seal slot. */
class TemplateEngineTest {

    @TempDir
    Path temp;

    private static DocumentData withField(String template, String field, String value) {
        DocumentData sample = PrintingFixture.sample(template);
        Map<String, String> fields = new HashMap<>(sample.fields());
        fields.put(field, value);
        return new DocumentData(fields, sample.meta());
    }

    private String pdftotext(RenderedDocument document) throws Exception {
        Path file = temp.resolve(document.templateName() + System.nanoTime() + ".pdf");
        Files.write(file, document.pdf());
        return Poppler.run("pdftotext", file, "-enc", "UTF-8");
    }

    @Test
    void anOverlongRefusalReasonShrinksThenContinuesOnASecondPageWithoutLosingText() throws Exception {
        StringBuilder reason = new StringBuilder();
        String sentence = "该事项属于部门间信息核查范围，派出所不再出具证明，请向相关部门咨询办理；";
        while (reason.length() < 2000) {
            reason.append(sentence);
        }
        reason.setLength(1999);
        reason.append('。');
        RenderedDocument document = PrintingFixture.engine().render("refusal-notice",
                withField("refusal-notice", "refusalReason", reason.toString()));

        assertThat(document.pageCount()).isGreaterThanOrEqualTo(2);
        String text = pdftotext(document);
        String body = TemplateSamplesTest.squeeze(text.replaceAll("第\\d+页 共\\d+页", "")
                .replaceAll("不予出具证明告知书（续页）", "").replaceAll("编号：\\S+", "")
                .replaceAll("（接上页）告知内容：", ""))
                // the first page's fixed elements (officer, seal slot, station, date) stay on page 1
                .replace("承办民警：李建国（警号：061234）", "").replace("此处加盖公章", "")
                .replace("长春市公安局朝阳分局红旗街派出所", "").replace("2026年11月22日", "")
                .replace("扫码核验真伪", "");
        assertThat(body).contains(reason.toString());
        assertThat(text).contains("第1页 共" + document.pageCount() + "页");
    }

    @Test
    void aLongerValueShrinksTheFontBeforeAddingAPage() throws Exception {
        String reason = "本事项已取消证明，请持居民身份证和户口簿到相关部门办理。".repeat(12);
        RenderedDocument document = PrintingFixture.engine().render("refusal-notice",
                withField("refusal-notice", "refusalReason", reason));
        assertThat(document.pageCount()).isEqualTo(1);
        assertThat(TemplateSamplesTest.squeeze(pdftotext(document))).contains(reason);
    }

    @Test
    void aTemplateReferringToAnUnknownFieldFailsToLoadNamingFileAndField() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(dir.resolve("ISSUE_KINSHIP.json"), Files.readString(
                PrintingFixture.TEMPLATES.resolve("ISSUE_KINSHIP.json")).replace("{relation}", "{relationship}"));
        assertThatThrownBy(() -> TemplateEngine.load(dir, PrintingFixture.catalogue()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("ISSUE_KINSHIP.json").hasMessageContaining("relationship")
                .satisfies(e -> assertThat(((TemplateException) e).fieldId()).isEqualTo("relationship"));
    }

    @Test
    void aDeclaredFieldMakesTheSameSlotValidInASupportingTemplate() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("templates"));
        String stub = Files.readString(PrintingFixture.TEMPLATES.resolve("stub.json"));
        Files.writeString(dir.resolve("stub.json"), stub.replace("{summary}", "{purposeNote}"));
        assertThatThrownBy(() -> TemplateEngine.load(dir, PrintingFixture.catalogue()))
                .hasMessageContaining("stub.json").hasMessageContaining("purposeNote");
    }

    @Test
    void aMissingTemplateForAnIssueKindFailsToLoadNamingTheKind() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("templates"));
        try (var files = Files.list(PrintingFixture.TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                if (!file.getFileName().toString().equals("ISSUE_HOUSEHOLD_CANCELLATION.json")) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
        }
        assertThatThrownBy(() -> TemplateEngine.load(dir, PrintingFixture.catalogue()))
                .hasMessageContaining("ISSUE_HOUSEHOLD_CANCELLATION");
    }

    @Test
    void aMissingRequiredFieldFailsNamingTheFieldButNotAnyValue() {
        DocumentData sample = PrintingFixture.sample("ISSUE_KINSHIP");
        Map<String, String> fields = new HashMap<>(sample.fields());
        fields.remove("relativeIdNumber");
        assertThatThrownBy(() -> PrintingFixture.engine().render("ISSUE_KINSHIP", new DocumentData(fields, sample.meta())))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("ISSUE_KINSHIP").hasMessageContaining("relativeIdNumber")
                .hasMessageNotContaining(sample.fields().get("applicantName"))
                .hasMessageNotContaining(sample.fields().get("applicantIdNumber"));
    }

    @Test
    void aBlankRequiredFieldCountsAsMissing() {
        assertThatThrownBy(() -> PrintingFixture.engine().render("refusal-notice",
                withField("refusal-notice", "refusalReason", "  ")))
                .hasMessageContaining("refusalReason");
    }

    @Test
    void aMalformedDateFailsNamingTheFieldNotTheValue() {
        assertThatThrownBy(() -> PrintingFixture.engine().render("ISSUE_HOUSEHOLD_CANCELLATION",
                withField("ISSUE_HOUSEHOLD_CANCELLATION", "cancellationDate", "30.09.2026")))
                .hasMessageContaining("cancellationDate").hasMessageNotContaining("30.09.2026");
    }

    @Test
    void anOptionalEmptyFieldPrintsTheTemplateDefault() throws Exception {
        RenderedDocument document = PrintingFixture.engine().render("ISSUE_RESIDENT_IDENTITY",
                withField("ISSUE_RESIDENT_IDENTITY", "formerNames", ""));
        assertThat(TemplateSamplesTest.squeeze(pdftotext(document))).contains("曾用名：无");
    }

    @Test
    void theEngineParsesFontsOnceNotPerDocument() {
        TemplateEngine engine = PrintingFixture.engine();
        FontSet fonts = engine.fontSet();
        int parsed = fonts.parseCount();
        for (int i = 0; i < 20; i++) {
            String name = new ArrayList<>(engine.templateNames()).get(i % engine.templateNames().size());
            engine.render(name, PrintingFixture.sample(name));
        }
        assertThat(engine.fontSet()).isSameAs(fonts);
        assertThat(fonts.parseCount()).isEqualTo(parsed).isEqualTo(4);
    }

    @Test
    void datesRenderWithChineseNumeralsOrArabicDigitsAsTheTemplateSays() throws Exception {
        String certificate = pdftotext(PrintingFixture.engine().render("ISSUE_KINSHIP", PrintingFixture.sample("ISSUE_KINSHIP")));
        assertThat(certificate).contains("二〇二六年十一月二十二日");
        String stub = pdftotext(PrintingFixture.engine().render("stub", PrintingFixture.sample("stub")));
        assertThat(stub).contains("2026年11月22日");
        String death = TemplateSamplesTest.squeeze(pdftotext(PrintingFixture.engine().render("ISSUE_ABNORMAL_DEATH",
                PrintingFixture.sample("ISSUE_ABNORMAL_DEATH"))));
        assertThat(death).contains("二〇二六年十一月二日六时四十分");
    }

    @Test
    void theSealSlotIsLabelledWithTheCatalogueSealAndCarriesNoImage() throws Exception {
        assertThat(TemplateSamplesTest.squeeze(pdftotext(PrintingFixture.engine().render("ISSUE_KINSHIP",
                PrintingFixture.sample("ISSUE_KINSHIP"))))).contains("此处加盖户口专用章");
        assertThat(TemplateSamplesTest.squeeze(pdftotext(PrintingFixture.engine().render("ISSUE_ABNORMAL_DEATH",
                PrintingFixture.sample("ISSUE_ABNORMAL_DEATH"))))).contains("此处加盖公章");
        assertThat(PrintingFixture.engine().info("stub").sealType()).isNull();
    }

    @Test
    void warmRenderingIsAMatterOfMilliseconds() {
        TemplateEngine engine = PrintingFixture.engine();
        DocumentData sample = PrintingFixture.sample("ISSUE_KINSHIP");
        for (int i = 0; i < 30; i++) {
            engine.render("ISSUE_KINSHIP", sample);
        }
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            engine.render("ISSUE_KINSHIP", sample);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMillis = nanos[50] / 1e6;
        System.out.printf("printing: warm render median %.1f ms (ISSUE_KINSHIP)%n", medianMillis);
        assertThat(medianMillis).isLessThan(250);
    }

    @Test
    void concurrentRendersAllSucceed() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String name : PrintingFixture.engine().templateNames()) {
            DocumentData sample = PrintingFixture.sample(name);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    assertThat(PrintingFixture.engine().render(name, sample).pdf()).isNotEmpty();
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
