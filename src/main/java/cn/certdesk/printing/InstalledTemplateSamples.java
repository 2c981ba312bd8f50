package cn.certdesk.printing;

import cn.certdesk.domain.authenticity.StationSigner;
import cn.certdesk.domain.certificate.CertificateNumber;
import cn.certdesk.domain.printing.TemplateSamples;
import cn.certdesk.domain.station.Station;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The templates folder's templates and samples, rendered for this desk's station. The engine is
 * asked for only when first needed (parsing the fonts takes about a second), so start-up does not
 * pay for it. Not thread-safe: the store thread.
 */
public final class InstalledTemplateSamples implements TemplateSamples {

    private final Supplier<TemplateEngine> engine;
    private final Path templatesDir;
    private final Station station;
    private final Supplier<Optional<StationSigner>> signer;

    public InstalledTemplateSamples(Supplier<TemplateEngine> engine, Path templatesDir, Station station,
            Supplier<Optional<StationSigner>> signer) {
        this.engine = engine;
        this.templatesDir = templatesDir;
        this.station = station;
        this.signer = signer;
    }

    @Override
    public List<TemplateSummary> templates() {
        TemplateEngine loaded = engine.get();
        return loaded.templateNames().stream().map(loaded::info)
                .map(info -> new TemplateSummary(info.name(), info.title(), info.version(), info.kindCode())).toList();
    }

    @Override
    public byte[] renderSample(String templateName) {
        DocumentData sample = new SampleDocuments().read(templatesDir, templateName);
        DocumentMeta meta = sample.meta();
        CertificateNumber given = CertificateNumber.parse(meta.certificateNumber());
        DocumentMeta forThisDesk = new DocumentMeta(new CertificateNumber(station.stationCode(), station.deskCode(),
                given.year(), given.sequence()).text(), station.name(), station.stationCode(), meta.officerName(),
                meta.officerPoliceNumber(), meta.issueDate(), meta.qrPayload(), meta.canonicalContent());
        DocumentData data = new DocumentData(sample.fields(), forThisDesk);
        Optional<StationSigner> key = signer.get();
        return key.isPresent() ? new SignedCertificateRenderer(engine.get(), key.get()).render(templateName, data).pdf()
                : engine.get().render(templateName, data).pdf();
    }
}
