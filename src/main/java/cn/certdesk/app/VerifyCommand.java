package cn.certdesk.app;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.authenticity.CertificateFacts;
import cn.certdesk.domain.authenticity.KnownStationKeys;
import cn.certdesk.domain.authenticity.QrPayload;
import cn.certdesk.domain.authenticity.QrVerifier;
import cn.certdesk.domain.authenticity.Verification;
import cn.certdesk.printing.verify.PdfCertificateVerifier;
import cn.certdesk.printing.verify.PdfVerification;
import cn.certdesk.store.keys.StationKeyStore;
import cn.certdesk.ui.common.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk verify FILE.pdf} | {@code certdesk verify --qr TEXT}: checks a certificate
 * offline against the station public keys known in the data directory
 * (docs/decisions/0010-station-signing-key.md). One 通过/失败 line per check, then what the
 * certificate says. Exit code 0 valid, 1 not valid, 2 usage error. Nothing is logged about the
 * certificate's content.
 */
@Command(name = "verify", description = {"Check a certificate's signed QR code offline (验证证明真伪).",
        "FILE.pdf: QR signature, content digest in the metadata, page text. --qr TEXT: the QR text alone.",
        "Exit code 0 valid, 1 not valid, 2 usage error."})
public final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    CertDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE.pdf", description = "The certificate PDF.")
    Path file;

    @Option(names = "--qr", paramLabel = "TEXT", description = "The text of a scanned QR code instead of a PDF.")
    String qrText;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((file == null) == (qrText == null)) {
            err.println("用法错误 usage: 请给出一个 PDF 文件或 --qr 文本（二者选一） give either FILE.pdf or --qr TEXT");
            err.println(spec.commandLine().getUsageMessage());
            return 2;
        }
        if (file != null && !Files.isRegularFile(file)) {
            err.println("文件不存在 no such file: " + file);
            return 2;
        }
        Path dataDirectory = root.resolvedDataDirectory();
        KnownStationKeys keys;
        try {
            keys = new StationKeyStore(dataDirectory).loadKnownKeys();
        } catch (CertDeskException e) {
            err.println(Messages.forLanguage("zh").of(e) + " — " + Messages.forLanguage("en").of(e));
            return 1;
        }
        if (keys.size() == 0) {
            err.println("警告 warning: 本机没有任何派出所公钥 this desk knows no station public keys ("
                    + dataDirectory.resolve(StationKeyStore.FOLDER) + ")");
        }
        QrVerifier verifier = new QrVerifier(keys);
        return file != null ? verifyPdf(verifier, out, err) : verifyQr(verifier, out);
    }

    private int verifyQr(QrVerifier verifier, PrintWriter out) {
        Verification result = verifier.verify(qrText);
        if (result instanceof Verification.Valid valid) {
            printCheck(out, true, "二维码格式 QR format", QrPayload.VERSION);
            printCheck(out, true, "签名 signature", "派出所 station " + valid.payload().stationCode() + " SM3withSM2");
            printPayload(out, valid.payload());
            out.println("内容摘要 content digest (SM3): " + java.util.HexFormat.of().formatHex(valid.payload()
                    .contentDigest()) + " — 证明各项内容请核对 PDF 或原件 compare the fields with the PDF or the paper");
            out.println("结论 result: 有效 VALID");
            return 0;
        }
        Verification.Invalid invalid = (Verification.Invalid) result;
        boolean formatOk = invalid.reason() != cn.certdesk.domain.authenticity.InvalidReason.MALFORMED_PAYLOAD;
        printCheck(out, formatOk, "二维码格式 QR format", formatOk ? QrPayload.VERSION : invalid.message());
        if (formatOk) {
            printCheck(out, false, "签名 signature", invalid.message());
        }
        out.println("结论 result: 无效 NOT VALID — " + invalid.message());
        return 1;
    }

    private int verifyPdf(QrVerifier verifier, PrintWriter out, PrintWriter err) {
        PdfVerification result;
        try {
            result = new PdfCertificateVerifier(verifier).verify(file);
        } catch (IOException e) {
            err.println("无法读取 PDF 文件 cannot read the PDF: " + file.getFileName());
            out.println("结论 result: 无效 NOT VALID — 文件不是可读的 PDF the file is not a readable PDF");
            return 1;
        }
        for (PdfVerification.Check check : result.checks()) {
            printCheck(out, check.passed(), check.name(), check.detail());
        }
        Optional<CertificateFacts> facts = result.facts();
        if (result.payload().isPresent()) {
            printPayload(out, result.payload().get());
        }
        if (facts.isPresent()) {
            out.println(result.valid() ? "证明内容 certificate fields:"
                    : "证明内容（未通过验证，不可信）certificate fields (NOT verified, do not trust):");
            facts.get().fields().forEach((name, value) -> out.println("  " + name + "：" + value));
        }
        if (result.valid()) {
            out.println("结论 result: 有效 VALID");
            return 0;
        }
        PdfVerification.Check failed = result.firstFailure().orElseThrow();
        out.println("结论 result: 无效 NOT VALID — " + failed.name() + ": " + failed.detail());
        return 1;
    }

    private static void printCheck(PrintWriter out, boolean passed, String name, String detail) {
        out.println((passed ? "通过 PASS  " : "失败 FAIL  ") + name + " — " + detail);
    }

    private static void printPayload(PrintWriter out, QrPayload payload) {
        out.println("证明编号 certificate number: " + payload.certificateNumber());
        out.println("证明种类 kind: " + payload.kindCode());
        out.println("出具日期 issue date: " + payload.issueDate());
        out.println("出具派出所 station: " + payload.stationCode());
    }
}
