package cn.certdesk.app;

import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.FieldType;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.certificate.CertificateNumber;
import cn.certdesk.domain.idnumber.IdNumberCheck;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.station.Station;
import cn.certdesk.printing.DocumentData;
import cn.certdesk.printing.DocumentMeta;
import cn.certdesk.printing.RenderedDocument;
import cn.certdesk.printing.SampleDocuments;
import cn.certdesk.printing.SignedCertificateRenderer;
import cn.certdesk.printing.TemplateEngine;
import cn.certdesk.printing.TemplateException;
import cn.certdesk.store.Database;
import cn.certdesk.store.StoreInspection;
import cn.certdesk.store.keys.StationKeyStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk render --kind KIND --data FILE.json --out FILE.pdf}: for template authors. Checks
 * the data against the template's required fields and the ID-number rules, signs the QR code with
 * the key of the station in the data directory, and writes the PDF/A certificate. The station's
 * name and code on the page are this desk's, whatever the data file says.
 */
@Command(name = "render", description = "Render a template with data (samples format) into a signed PDF/A file; "
        + "KIND is a catalogue code or stub, refusal-notice, ncr-application-form, ncr-refusal-notice, "
        + "verification-letter.")
public final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    CertDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "Template name.")
    String kind;

    @Option(names = "--data", required = true, paramLabel = "FILE.json", description = "Field values and meta data.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: the installed one).")
    Path templates;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path dataDirectory = root.resolvedDataDirectory();
        LogSetup.configure(dataDirectory);
        Path templatesDir = TemplatesLocation.resolve(templates);
        if (!Files.isRegularFile(data)) {
            stderr.println("找不到数据文件 data file not found: " + data);
            return 2;
        }
        ReferenceData reference = ReferenceData.load(dataDirectory);
        try (TemplateEngine engine = TemplateEngine.load(templatesDir, reference.catalogue())) {
            if (!engine.templateNames().contains(kind)) {
                stderr.println("没有模板 no template named " + kind + "；可用 available: "
                        + String.join(", ", engine.templateNames()));
                return 2;
            }
            DocumentData document = new SampleDocuments().readFile(data, data.getFileName().toString());
            Optional<String> idProblem = checkIdNumbers(reference, document, stdout);
            if (idProblem.isPresent()) {
                stderr.println(idProblem.get());
                return 1;
            }
            StationKeyStore keys = new StationKeyStore(dataDirectory);
            Optional<String> stationCode = keys.ownStationCode();
            Optional<Station> station = station(dataDirectory);
            if (stationCode.isEmpty() || station.isEmpty()) {
                stderr.println("数据目录中没有派出所和签名密钥：请先完成首次设置或运行 demo-data。"
                        + " No station with a signing key in " + dataDirectory);
                return 1;
            }
            DocumentData forThisDesk = new DocumentData(document.fields(), forStation(document.meta(), station.get()));
            RenderedDocument rendered = new SignedCertificateRenderer(engine, keys.signer(stationCode.get()))
                    .render(kind, forThisDesk);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, rendered.pdf());
            stdout.printf("已生成 written %s — 模板 template %s 第 %d 版, %d 页 pages; 二维码由派出所 %s 的密钥签名"
                    + " QR signed by station %s%n", out, kind, rendered.templateVersion(), rendered.pageCount(),
                    stationCode.get(), stationCode.get());
            return 0;
        } catch (TemplateException e) {
            stderr.println("模板或数据有误 template or data problem: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            stderr.println("数据有误 data problem: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            stderr.println("无法写入 cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /** Every ID-number field must pass GB 11643; an unknown address code is only a warning. */
    private Optional<String> checkIdNumbers(ReferenceData reference, DocumentData document, PrintWriter stdout) {
        Map<String, String> labels = new LinkedHashMap<>();
        reference.catalogue().byCode(kind).map(CertificateKind::requiredFields).ifPresent(fields -> {
            for (RequiredField field : fields) {
                if (field.type() == FieldType.ID_NUMBER) {
                    labels.put(field.id(), field.label());
                }
            }
        });
        new TreeSet<>(document.fields().keySet()).stream().filter(id -> id.endsWith("IdNumber"))
                .forEach(id -> labels.putIfAbsent(id, id));
        IdNumberValidator validator = new IdNumberValidator(reference.addressCodes(), Clock.systemDefaultZone());
        for (Map.Entry<String, String> field : labels.entrySet()) {
            String value = document.fields().get(field.getKey());
            if (value == null || value.isBlank() || value.strip().equals("无")) {
                continue;
            }
            IdNumberCheck check = validator.validate(value);
            if (check instanceof IdNumberCheck.Rejected rejected) {
                return Optional.of("字段 field " + field.getKey() + "（" + field.getValue() + "）：" + rejected.message());
            }
            if (check instanceof IdNumberCheck.Valid valid && !valid.warnings().isEmpty()) {
                valid.warningMessages().forEach(warning -> stdout.println("注意 warning — " + field.getKey() + "：" + warning));
            }
        }
        return Optional.empty();
    }

    private static Optional<Station> station(Path dataDirectory) {
        Path store = dataDirectory.resolve(Database.FILE_NAME);
        if (!StoreInspection.exists(store)) {
            return Optional.empty();
        }
        try {
            return StoreInspection.station(store);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The desk's station on the page, and the number rewritten to this station and desk. */
    private static DocumentMeta forStation(DocumentMeta meta, Station station) {
        CertificateNumber given = CertificateNumber.parse(meta.certificateNumber());
        CertificateNumber number = new CertificateNumber(station.stationCode(), station.deskCode(), given.year(),
                given.sequence());
        return new DocumentMeta(number.text(), station.name(), station.stationCode(), meta.officerName(),
                meta.officerPoliceNumber(), meta.issueDate(), Optional.empty(), "");
    }
}
