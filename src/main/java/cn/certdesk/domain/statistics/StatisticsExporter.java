package cn.certdesk.domain.statistics;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes labelled statistics tables to a file (R17: exportable); implemented outside the domain
 * (CSV and XLSX in {@code printing.export}).
 */
public interface StatisticsExporter {

    /** The formats the desk writes, with the file-name extension of each. */
    enum Format {
        CSV("csv"),
        XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /**
     * Writes {@code tables} to {@code target}, replacing it only once the whole file is written.
     *
     * @throws cn.certdesk.domain.CertDeskException {@code statistics.export.failed} when it cannot be written
     */
    void export(List<StatisticsTable> tables, Path target);
}
