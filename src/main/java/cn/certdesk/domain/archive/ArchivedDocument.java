package cn.certdesk.domain.archive;

import java.time.Instant;
import java.util.UUID;

/**
 * One archived PDF (its content is read separately with {@link DocumentArchive#content(UUID)}).
 *
 * @param aggregateId the application or refusal it belongs to
 * @param reference   the certificate or notice number printed on it
 * @param sha256      hex SHA-256 of the PDF bytes: the same paper is archived once
 */
public record ArchivedDocument(UUID id, UUID aggregateId, DocumentKind kind, String reference, String sha256,
        int size, UUID officerId, Instant archivedAt) {
}
