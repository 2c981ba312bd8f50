package cn.certdesk.printing;

import java.util.Map;
import java.util.Objects;

/**
 * What one document is rendered from: the content fields by id (text as printed, dates as ISO
 * {@code yyyy-MM-dd}, date-times as ISO {@code yyyy-MM-ddTHH:mm}, images as base64 PNG) and the
 * document's metadata. Immutable and thread-safe.
 *
 * @param fields content field values by field id; absent or blank means empty
 * @param meta   certificate number, station, officer, date, QR payload, canonical content
 */
public record DocumentData(Map<String, String> fields, DocumentMeta meta) {

    public DocumentData {
        fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
        Objects.requireNonNull(meta, "meta");
    }
}
