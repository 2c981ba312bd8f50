package cn.certdesk.printing;

import cn.certdesk.domain.authenticity.CanonicalContent;
import cn.certdesk.domain.authenticity.CertificateFacts;
import cn.certdesk.domain.authenticity.QrPayload;
import cn.certdesk.domain.authenticity.StationSigner;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders a document with its authenticity QR code: the canonical content of the text fields is
 * digested (SM3), signed with the station's SM2 key, drawn as the QR code and written into the
 * PDF's metadata, so that {@code certdesk verify} can check the paper or the file offline.
 * Thread-safe if the engine is (it serializes rendering).
 */
public final class SignedCertificateRenderer {

    private final TemplateEngine engine;
    private final StationSigner signer;

    public SignedCertificateRenderer(TemplateEngine engine, StationSigner signer) {
        this.engine = engine;
        this.signer = signer;
    }

    /**
     * @param templateName a template of the engine
     * @param data         field values and the document's meta data; its station code must be the signer's,
     *                     its QR payload and canonical content are replaced
     */
    public RenderedDocument render(String templateName, DocumentData data) {
        DocumentMeta meta = data.meta();
        if (!signer.stationCode().equals(meta.stationCode())) {
            throw new TemplateException(templateName, "stationCode", "is not the station whose key signs");
        }
        TemplateInfo info = engine.info(templateName);
        Set<String> images = info.fields().stream().filter(field -> field.type() == FieldInfo.FieldKind.IMAGE)
                .map(FieldInfo::id).collect(Collectors.toSet());
        TreeMap<String, String> signedFields = new TreeMap<>();
        data.fields().forEach((id, value) -> {
            if (!images.contains(id) && value != null && !value.isBlank()) {
                signedFields.put(id, value);
            }
        });
        CertificateFacts facts = new CertificateFacts(meta.certificateNumber(),
                info.kindCode() != null ? info.kindCode() : templateName, meta.issueDate(), meta.stationCode(),
                signedFields);
        QrPayload payload = signer.sign(facts);
        DocumentMeta signed = new DocumentMeta(meta.certificateNumber(), meta.stationName(), meta.stationCode(),
                meta.officerName(), meta.officerPoliceNumber(), meta.issueDate(), Optional.of(payload.encode()),
                CanonicalContent.of(facts));
        return engine.render(templateName, new DocumentData(Map.copyOf(data.fields()), signed));
    }
}
