package cn.certdesk.app;

import cn.certdesk.domain.calendar.WorkingDayCalendar;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CatalogueReader;
import cn.certdesk.domain.idnumber.AddressCodeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The policy data the desk runs on: certificate catalogue, working-day calendar and GB/T 2260
 * address codes. Each ships inside the application and can be replaced or extended without a
 * rebuild by a file in {@code <data dir>/reference/} (later pushed by sync):
 * {@code catalogue.json} replaces the catalogue, {@code cn-holidays.tsv} overrides and extends
 * the calendar year by year. Everything is validated on load; a bad file stops the start with
 * a message naming the entry and field (or line).
 *
 * @param catalogueSource where the catalogue came from, for selftest output
 * @param calendarSource  where the calendar came from
 */
public record ReferenceData(Catalogue catalogue, WorkingDayCalendar calendar, AddressCodeTable addressCodes,
        String catalogueSource, String calendarSource) {

    public static final String FOLDER = "reference";
    public static final String CATALOGUE_FILE = "catalogue.json";
    public static final String CALENDAR_FILE = "cn-holidays.tsv";

    public static ReferenceData load(Path dataDirectory) {
        Path folder = dataDirectory.resolve(FOLDER);
        Path catalogueFile = folder.resolve(CATALOGUE_FILE);
        Path calendarFile = folder.resolve(CALENDAR_FILE);
        try {
            Catalogue catalogue = Files.exists(catalogueFile)
                    ? new CatalogueReader().readFile(catalogueFile)
                    : new CatalogueReader().readBundled();
            WorkingDayCalendar calendar = Files.exists(calendarFile)
                    ? WorkingDayCalendar.loadBundledWithOverride(calendarFile)
                    : WorkingDayCalendar.loadBundled();
            return new ReferenceData(catalogue, calendar, AddressCodeTable.loadBundled(),
                    Files.exists(catalogueFile) ? catalogueFile.toString() : "bundled",
                    Files.exists(calendarFile) ? "bundled + " + calendarFile : "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
