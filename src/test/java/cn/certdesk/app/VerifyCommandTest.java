package cn.certdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.app.CommandLineTest.Run;
import cn.certdesk.domain.authenticity.CanonicalContent;
import cn.certdesk.domain.authenticity.CertificateFacts;
import cn.certdesk.domain.authenticity.Sm2;
import cn.certdesk.domain.authenticity.StationSigner;
import cn.certdesk.printing.verify.TestCertificatePdf;
import cn.certdesk.store.keys.StationKeyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code certdesk verify} as IT staff run it: exit codes and what it prints. */
class VerifyCommandTest {

    private static final String STATION = "220102001001";

    @TempDir
    Path dataDir;

    @TempDir
    Path documents;

    private StationSigner signer;

    @BeforeEach
    void stationWithItsKey() {
        signer = new StationKeyStore(dataDir).signer(ensure());
    }

    private String ensure() {
        new StationKeyStore(dataDir).ensureKeyPair(STATION);
        return STATION;
    }

    private static CertificateFacts facts(String relative) {
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put("申请人", "测试甲");
        fields.put("关系人", relative);
        return new CertificateFacts("2026-0000456", "ISSUE_KINSHIP", LocalDate.of(2026, 11, 24), STATION, fields);
    }

    private Run verify(String... arguments) {
        String[] all = new String[arguments.length + 3];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "verify";
        System.arraycopy(arguments, 0, all, 3, arguments.length);
        return CommandLineTest.certdesk(all);
    }

    @Test
    void aGoodPdfIsValidAndTheCommandPrintsEveryCheckAndTheCertificate() throws Exception {
        Path pdf = TestCertificatePdf.write(documents.resolve("good.pdf"), facts("测试乙"),
                signer.sign(facts("测试乙")).encode(), CanonicalContent.of(facts("测试乙")));

        Run run = verify(pdf.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("通过 PASS"))).hasSize(6);
        assertThat(run.out()).doesNotContain("失败").contains("2026-0000456", "ISSUE_KINSHIP", "2026-11-24", STATION,
                "关系人：测试乙", "有效 VALID");
    }

    @Test
    void aPdfWithOneChangedCharacterOnThePageIsNotValid() throws Exception {
        Path pdf = TestCertificatePdf.write(documents.resolve("forged.pdf"), facts("测试丙"),
                signer.sign(facts("测试乙")).encode(), CanonicalContent.of(facts("测试乙")));

        Run run = verify(pdf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("失败 FAIL  页面文字 page text", "无效 NOT VALID", "页面文字与签名内容不符");
    }

    @Test
    void aSignedQrTextIsValid() {
        Run run = verify("--qr", signer.sign(facts("测试乙")).encode());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("通过 PASS  签名 signature", "2026-0000456", "有效 VALID");
    }

    @Test
    void aQrTextWithOneChangedCharacterIsNotValid() {
        String tampered = signer.sign(facts("测试乙")).encode().replace("2026-0000456", "2026-0000457");

        Run run = verify("--qr", tampered);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("失败 FAIL  签名 signature", "签名无效", "signature invalid");
    }

    @Test
    void aQrTextFromAnUnknownStationIsNotValidAndSaysSo() {
        String foreign = new StationSigner(Sm2.generateKeyPair(new SecureRandom()).getPrivate(), "220104002003")
                .sign(new CertificateFacts("X-1", "ISSUE_KINSHIP", LocalDate.of(2026, 1, 5), "220104002003",
                        new TreeMap<>())).encode();

        Run run = verify("--qr", foreign);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("未知的派出所密钥", "220104002003");
    }

    @Test
    void aMalformedQrTextIsNotValidWithAFormatReason() {
        Run run = verify("--qr", "hello");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("失败 FAIL  二维码格式 QR format", "二维码格式错误");
    }

    @Test
    void neitherOrBothOfFileAndQrIsAUsageError() throws Exception {
        Path pdf = Files.writeString(documents.resolve("x.pdf"), "x");
        assertThat(verify().exitCode()).isEqualTo(2);
        assertThat(verify(pdf.toString(), "--qr", "CD1").exitCode()).isEqualTo(2);
        assertThat(verify("--no-such-option").exitCode()).isEqualTo(2);
        assertThat(verify(documents.resolve("missing.pdf").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAPdfIsNotValid() throws Exception {
        Path notPdf = Files.writeString(documents.resolve("note.pdf"), "not a pdf");

        Run run = verify(notPdf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("无效 NOT VALID");
    }

    @Test
    void helpListsTheVerifySubcommand() {
        assertThat(CommandLineTest.certdesk("--help").out()).contains("verify");
    }
}
