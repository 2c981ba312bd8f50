package cn.certdesk.printing;

import cn.certdesk.domain.authenticity.StationSigner;
import cn.certdesk.domain.printing.Documents;
import cn.certdesk.domain.station.Station;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Documents of this desk's station: the template engine (loaded on first use) and the station's
 * signing key. Not thread-safe: the store thread.
 */
public final class StationDocuments implements Documents {

    private final Supplier<TemplateEngine> engine;
    private final Station station;
    private final Supplier<Optional<StationSigner>> signer;

    public StationDocuments(Supplier<TemplateEngine> engine, Station station, Supplier<Optional<StationSigner>> signer) {
        this.engine = engine;
        this.station = station;
        this.signer = signer;
    }

    @Override
    public byte[] render(String templateName, Map<String, String> fields, Header header) {
        DocumentData data = new DocumentData(fields, new DocumentMeta(header.number(), station.name(),
                station.stationCode(), header.officerName(), header.officerPoliceNumber(), header.issueDate(),
                Optional.empty(), ""));
        Optional<StationSigner> key = signer.get();
        return key.isPresent() ? new SignedCertificateRenderer(engine.get(), key.get()).render(templateName, data).pdf()
                : engine.get().render(templateName, data).pdf();
    }
}
