package cn.certdesk.domain.archive;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The PDFs that left the desk, kept append-only so history can show exactly what was printed and a
 * reprint gives the same paper (R08, R15). Implementations join the caller's transaction.
 */
public interface DocumentArchive {

    /**
     * Archives the PDF unless the same bytes are already archived for that aggregate and kind.
     *
     * @return the archived entry (the existing one when the content was already there)
     */
    ArchivedDocument archive(UUID aggregateId, DocumentKind kind, String reference, byte[] pdf, UUID officerId);

    /** Every archived document of the aggregate, oldest first. */
    List<ArchivedDocument> list(UUID aggregateId);

    /** The most recently archived document of that kind. */
    default Optional<ArchivedDocument> latest(UUID aggregateId, DocumentKind kind) {
        List<ArchivedDocument> all = list(aggregateId).stream().filter(doc -> doc.kind() == kind).toList();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The PDF bytes of an archived document. */
    byte[] content(UUID documentId);
}
