package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.archive.ArchivedDocument;
import cn.certdesk.domain.archive.DocumentArchive;
import cn.certdesk.domain.archive.DocumentKind;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code archived_document} table (V005): insert only, triggers refuse UPDATE and DELETE.
 * Joins the caller's transaction (one connection). Not thread-safe: the store's thread.
 */
public final class SqliteDocumentArchive implements DocumentArchive {

    private static final String COLUMNS = "id, aggregate_id, kind, reference, sha256, size, officer_id, archived_at";

    private final Connection connection;
    private final Clock clock;

    public SqliteDocumentArchive(Database database, Clock clock) {
        this.connection = database.connection();
        this.clock = clock;
    }

    @Override
    public ArchivedDocument archive(UUID aggregateId, DocumentKind kind, String reference, byte[] pdf,
            UUID officerId) {
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length == 0) {
            throw new IllegalArgumentException("an empty document is never archived");
        }
        String sha256 = sha256(pdf);
        Optional<ArchivedDocument> existing = list(aggregateId).stream()
                .filter(doc -> doc.kind() == kind && doc.sha256().equals(sha256)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        ArchivedDocument document = new ArchivedDocument(UUID.randomUUID(), aggregateId, kind, reference, sha256,
                pdf.length, officerId, now);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO archived_document (id, aggregate_id, kind, reference, sha256, size, content, officer_id,
                    archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, document.id().toString());
            insert.setString(2, aggregateId.toString());
            insert.setString(3, kind.name());
            insert.setString(4, reference);
            insert.setString(5, sha256);
            insert.setInt(6, pdf.length);
            insert.setBytes(7, pdf);
            insert.setString(8, officerId.toString());
            insert.setString(9, now.toString());
            insert.setString(10, now.toString());
            insert.setString(11, now.toString());
            insert.executeUpdate();
            return document;
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }

    @Override
    public List<ArchivedDocument> list(UUID aggregateId) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM archived_document WHERE aggregate_id = ? ORDER BY seq")) {
            query.setString(1, aggregateId.toString());
            try (ResultSet rows = query.executeQuery()) {
                List<ArchivedDocument> documents = new ArrayList<>();
                while (rows.next()) {
                    documents.add(new ArchivedDocument(UUID.fromString(rows.getString(1)),
                            UUID.fromString(rows.getString(2)), DocumentKind.valueOf(rows.getString(3)),
                            rows.getString(4), rows.getString(5), rows.getInt(6), UUID.fromString(rows.getString(7)),
                            Instant.parse(rows.getString(8))));
                }
                return documents;
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    @Override
    public byte[] content(UUID documentId) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT content FROM archived_document WHERE id = ?")) {
            query.setString(1, documentId.toString());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new CertDeskException("archive.document.not.found");
                }
                return rows.getBytes(1);
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
