package cn.certdesk.app;

import cn.certdesk.domain.calendar.WorkingDayCalendar;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateGroup;
import cn.certdesk.domain.idnumber.AddressCodeTable;
import cn.certdesk.domain.audit.ChainStatus;
import cn.certdesk.store.Database;
import cn.certdesk.store.SqliteAuditTrail;
import cn.certdesk.store.Migrations;
import cn.certdesk.store.StoreInspection;
import cn.certdesk.ui.common.UiFont;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk selftest}: checks the desk without changing anything — store integrity,
 * migrations current, the audit trail's hash chain (R15), the UI font, the catalogue, the calendar and the address-code table. One
 * pass/fail line per check; exit code 1 when any check fails.
 */
@Command(name = "selftest", description = "Check store integrity, migrations, fonts, catalogue and calendar "
        + "without changing anything; one PASS/FAIL line per check, exit code 1 on any failure.")
public final class SelftestCommand implements Callable<Integer> {

    /** Characters every certificate and screen needs; the font must have a glyph for each. */
    static final String FONT_PROBE = "派出所证明出具亲属关系户口登记项目变更更正居民身份信息年月日〇一二三四五六七八九十0123456789X";

    @ParentCommand
    CertDeskCommand root;

    @Spec
    CommandSpec spec;

    /** The outcome of one check. */
    record Check(String name, boolean passed, String detail) {
    }

    @Override
    public Integer call() {
        Path dataDirectory = root.resolvedDataDirectory();
        LogSetup.configure(dataDirectory);
        List<Check> checks = run(dataDirectory, LocalDate.now());
        PrintWriter out = spec.commandLine().getOut();
        out.println("CertDesk selftest — " + dataDirectory);
        for (Check check : checks) {
            out.println((check.passed() ? "PASS 通过  " : "FAIL 失败  ") + check.name() + " — " + check.detail());
        }
        long failed = checks.stream().filter(check -> !check.passed()).count();
        out.println(failed == 0 ? "全部通过 all checks passed" : failed + " 项失败 checks failed");
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    static List<Check> run(Path dataDirectory, LocalDate today) {
        List<Check> checks = new ArrayList<>();
        Path store = dataDirectory.resolve(Database.FILE_NAME);
        if (!StoreInspection.exists(store)) {
            checks.add(new Check("本地数据库 store", false, "no store at " + store
                    + " (start the app or run demo-data first)"));
        } else {
            List<String> problems = Database.checkIntegrity(store);
            checks.add(new Check("数据库完整性 store integrity", problems.isEmpty(),
                    problems.isEmpty() ? "integrity_check ok, foreign keys ok" : problems.get(0)));
            try {
                Map<Integer, String> pending = StoreInspection.migrationProblems(store, Migrations.bundled());
                checks.add(new Check("数据库结构版本 migrations current", pending.isEmpty(), pending.isEmpty()
                        ? "schema version " + Migrations.bundled().latestVersion()
                        : "migration problems: " + pending));
            } catch (java.sql.SQLException e) {
                checks.add(new Check("数据库结构版本 migrations current", false, e.getMessage()));
            }
            checks.add(checkAuditChain(store));
        }
        checks.add(checkFont());
        try {
            ReferenceData reference = ReferenceData.load(dataDirectory);
            Catalogue catalogue = reference.catalogue();
            checks.add(new Check("证明目录 catalogue", true, String.format(
                    "%d kinds: %d issue, %d exchange, %d abolished (provincial), %d abolished (local); source %s",
                    catalogue.all().size(), catalogue.inGroup(CertificateGroup.ISSUE).size(),
                    catalogue.inGroup(CertificateGroup.EXCHANGE).size(),
                    catalogue.inGroup(CertificateGroup.ABOLISHED_PROVINCIAL).size(),
                    catalogue.inGroup(CertificateGroup.ABOLISHED_LOCAL).size(), reference.catalogueSource())));
            WorkingDayCalendar calendar = reference.calendar();
            boolean coversToday = calendar.covers(today);
            checks.add(new Check("工作日历 calendar", coversToday, "covers " + calendar.coveredYears().first() + "–"
                    + calendar.coveredYears().last() + (coversToday ? "" : "; does NOT cover " + today.getYear()
                    + ": deadlines are estimated on weekdays until the new year's holidays are loaded")
                    + "; source " + reference.calendarSource()));
            AddressCodeTable codes = reference.addressCodes();
            checks.add(new Check("行政区划代码 address codes", codes.lookup("220102").isPresent(),
                    codes.size() + " GB/T 2260 codes incl. historical"));
        } catch (RuntimeException e) {
            checks.add(new Check("参考数据 reference data", false, e.getMessage()));
        }
        checks.add(checkTemplates(dataDirectory));
        checkDataDirectory(dataDirectory, checks);
        return checks;
    }

    /** R15: the audit trail's SM3 chain is whole; otherwise the first broken entry is named. */
    static Check checkAuditChain(Path store) {
        String name = "审计链 audit chain";
        try {
            ChainStatus status = SqliteAuditTrail.verifyFile(store);
            return status.firstBreak()
                    .map(broken -> new Check(name, false, broken.describe() + "; " + status.entries() + " entries read"))
                    .orElseGet(() -> new Check(name, true, status.entries() + " entries, SM3 chain intact up to the head"));
        } catch (java.sql.SQLException e) {
            return new Check(name, false, "audit trail not readable: " + e.getMessage());
        }
    }

    /** Every template loads (fields known, fonts parse) and its sample renders. */
    private static Check checkTemplates(Path dataDirectory) {
        Path templates = TemplatesLocation.resolve(null);
        try (cn.certdesk.printing.TemplateEngine engine = cn.certdesk.printing.TemplateEngine.load(templates,
                ReferenceData.load(dataDirectory).catalogue())) {
            for (String name : engine.templateNames()) {
                engine.render(name, new cn.certdesk.printing.SampleDocuments().read(templates, name));
            }
            return new Check("证明模板 templates", true, engine.templateNames().size()
                    + " templates load and render their samples; fonts embedded; " + templates);
        } catch (RuntimeException e) {
            return new Check("证明模板 templates", false, templates + ": " + e.getMessage());
        }
    }

    private static Check checkFont() {
        try (InputStream in = UiFont.class.getResourceAsStream(UiFont.RESOURCE)) {
            if (in == null) {
                return new Check("界面字体 UI font", false, "missing " + UiFont.RESOURCE);
            }
            try (TrueTypeCollection collection = new TrueTypeCollection(in)) {
                TrueTypeFont font = collection.getFontByName("WenQuanYiMicroHei");
                if (font == null) {
                    return new Check("界面字体 UI font", false, "WenQuanYiMicroHei not in the collection");
                }
                StringBuilder missing = new StringBuilder();
                FONT_PROBE.codePoints().forEach(cp -> {
                    try {
                        if (font.getUnicodeCmapLookup().getGlyphId(cp) == 0) {
                            missing.appendCodePoint(cp);
                        }
                    } catch (java.io.IOException e) {
                        missing.appendCodePoint(cp);
                    }
                });
                return new Check("界面字体 UI font", missing.isEmpty(), missing.isEmpty()
                        ? UiFont.FAMILY + " has every probe character" : "no glyph for: " + missing);
            }
        } catch (java.io.IOException e) {
            return new Check("界面字体 UI font", false, e.getMessage());
        }
    }

    private static void checkDataDirectory(Path dataDirectory, List<Check> checks) {
        boolean writable = Files.isDirectory(dataDirectory) && Files.isWritable(dataDirectory);
        checks.add(new Check("数据目录 data directory", writable, dataDirectory + (writable ? " writable" : " not writable")));
    }
}
