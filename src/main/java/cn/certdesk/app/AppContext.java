package cn.certdesk.app;

import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.PasswordHasher;
import cn.certdesk.domain.station.DeskSettings;
import cn.certdesk.domain.station.FirstRunSetup;
import cn.certdesk.domain.station.Station;
import cn.certdesk.domain.station.StationService;
import cn.certdesk.domain.station.StoreStatus;
import cn.certdesk.store.Database;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.SqliteSettingRepository;
import cn.certdesk.store.SqliteStationRepository;
import cn.certdesk.store.SqliteTransactions;
import cn.certdesk.store.StoreStatistics;
import cn.certdesk.store.keys.StationKeyStore;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.printing.CupsPrintGateway;
import cn.certdesk.printing.InstalledTemplateSamples;
import cn.certdesk.printing.PdfBoxDocumentPreview;
import cn.certdesk.printing.TemplateEngine;
import cn.certdesk.ui.print.PrintPanelViewModel;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.ui.identify.IdentifyView;
import cn.certdesk.ui.issue.IssueView;
import cn.certdesk.ui.issue.IssueViewModel;
import cn.certdesk.ui.stub.StubViewModel;
import cn.certdesk.ui.identify.IdentifyViewModel;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApprovalDesk;
import cn.certdesk.ui.approval.ApprovalView;
import cn.certdesk.ui.approval.ApprovalViewModel;
import cn.certdesk.ui.approval.HeadApprovalView;
import cn.certdesk.ui.approval.HeadSignInViewModel;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.printing.Documents;
import cn.certdesk.printing.StationDocuments;
import cn.certdesk.store.SqliteApplicationProjection;
import cn.certdesk.store.SqliteCertificateNumberSequence;
import cn.certdesk.store.SqliteDocumentArchive;
import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.ui.request.RequestView;
import cn.certdesk.ui.request.RequestViewModel;
import cn.certdesk.ui.templates.TemplatesView;
import cn.certdesk.ui.templates.TemplatesViewModel;
import cn.certdesk.ui.accounts.AccountsView;
import cn.certdesk.ui.accounts.AccountsViewModel;
import cn.certdesk.ui.catalogue.CatalogueView;
import cn.certdesk.ui.catalogue.CatalogueViewModel;
import cn.certdesk.ui.common.FxTaskRunner;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.common.ViewLoader;
import cn.certdesk.ui.login.LoginView;
import cn.certdesk.ui.login.LoginViewModel;
import cn.certdesk.ui.main.MainView;
import cn.certdesk.ui.main.MainViewModel;
import cn.certdesk.ui.main.Screen;
import cn.certdesk.ui.overview.OverviewView;
import cn.certdesk.ui.overview.OverviewViewModel;
import cn.certdesk.ui.overview.HomeWorkListView;
import cn.certdesk.ui.overview.HomeWorkListViewModel;
import cn.certdesk.ui.history.HistoryView;
import cn.certdesk.ui.history.HistoryViewModel;
import cn.certdesk.ui.settings.SettingsView;
import cn.certdesk.ui.settings.SettingsViewModel;
import cn.certdesk.ui.setup.SetupView;
import cn.certdesk.ui.setup.SetupViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Parent;

/**
 * The one composition root: opens the store, builds the services over it and the views with
 * their view models (constructor injection, no framework, no static state). One instance per
 * running desk; the store's connection is used from {@link #storeThread} only.
 */
public final class AppContext implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppContext.class);

    private final Path dataDirectory;
    private final Database database;
    private final Clock clock;
    private final Messages messages;
    private final ReferenceData reference;
    private final ExecutorService storeThread;
    private final TaskRunner tasks;
    private final ViewLoader views;
    private final cn.certdesk.store.SqliteAuditTrail audit;
    private final AccountService accounts;
    private final StationService stations;
    private final DeskSettings settings;
    private final FirstRunSetup firstRunSetup;
    private final StoreStatistics statistics;
    private final StationKeyStore keyStore;
    private final Path templatesDirectory;
    private final PrinterGateway printers;
    private TemplateEngine templateEngine;

    private AppContext(Path dataDirectory, Database database, Clock clock, Messages messages, ReferenceData reference,
            PasswordHasher hasher) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.clock = clock;
        this.messages = messages;
        this.reference = reference;
        this.storeThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "certdesk-store");
            thread.setDaemon(true);
            return thread;
        });
        this.tasks = new FxTaskRunner(storeThread);
        this.views = new ViewLoader(messages);
        this.audit = new cn.certdesk.store.SqliteAuditTrail(database, clock); // R15, ADR 0013
        this.accounts = new AccountService(new SqliteOfficerRepository(database), hasher, clock, audit);
        this.stations = new StationService(new SqliteStationRepository(database), clock);
        this.settings = new DeskSettings(new SqliteSettingRepository(database), clock, audit);
        this.keyStore = new StationKeyStore(dataDirectory);
        this.templatesDirectory = TemplatesLocation.resolve(null);
        this.printers = CupsPrintGateway.forThisMachine();
        this.firstRunSetup = new FirstRunSetup(stations, accounts, new SqliteTransactions(database),
                keyStore::ensureKeyPair);
        this.statistics = new StoreStatistics(database);
    }

    /**
     * Opens the store in {@code dataDirectory} (integrity check, backup, migrations) and loads
     * the reference data.
     *
     * @throws cn.certdesk.store.StoreDamagedException when the store failed its integrity check
     */
    public static AppContext open(Path dataDirectory, Clock clock, Messages messages, PasswordHasher hasher) {
        // The reference data loads on a second core while the store is checked and opened.
        java.util.concurrent.CompletableFuture<ReferenceData> reference =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> ReferenceData.load(dataDirectory));
        Database database = Database.open(dataDirectory.resolve(Database.FILE_NAME), clock,
                cn.certdesk.store.Migrations.bundled());
        try {
            // Pinyin search keys for residents written before V003 (nothing to do on a current store).
            new cn.certdesk.store.population.PinyinBackfill(database).run();
            AppContext context = new AppContext(dataDirectory, database, clock, messages, reference.join(), hasher);
            // A crash between an event and its projection row (e.g. around the OS print call) is repaired here.
            context.stations.current().ifPresent(station -> context.applications(station).catchUpProjection());
            return context;
        } catch (java.util.concurrent.CompletionException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public Messages messages() {
        return messages;
    }

    public ReferenceData reference() {
        return reference;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public AccountService accounts() {
        return accounts;
    }

    public StationService stations() {
        return stations;
    }

    public DeskSettings settings() {
        return settings;
    }

    public FirstRunSetup firstRunSetup() {
        return firstRunSetup;
    }

    public StationKeyStore keyStore() {
        return keyStore;
    }

    /** Runs {@code work} on the store thread and waits: for start-up decisions before any window shows. */
    public <T> T onStoreThread(java.util.concurrent.Callable<T> work) {
        try {
            return storeThread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public StoreStatus storeStatus() {
        return new StoreStatus(database.file().toAbsolutePath().toString(), database.schemaVersion(),
                database.latestSchemaVersion(), statistics.residents(), statistics.households(), true);
    }

    // --- views ---------------------------------------------------------------------------

    public Parent loginView(Station station, Consumer<Officer> onLoggedIn) {
        LoginViewModel viewModel = new LoginViewModel(accounts::authenticate, tasks, messages, onLoggedIn);
        return new LoginView(viewModel, station.name(), station.synthetic(), messages).root();
    }

    public Parent setupView(boolean stationKnown, Consumer<Officer> onDone) {
        return views.load(new SetupView(new SetupViewModel(firstRunSetup, stationKnown, tasks, messages, onDone)));
    }

    /** The main window of a logged-in officer and its view model (the window title binds to it). */
    public MainWindow mainView(Officer officer, Station station, java.time.Duration idleLockAfter, Runnable onLogout,
            Runnable onExit) {
        MainViewModel viewModel = new MainViewModel(officer, station, accounts, idleLockAfter, this::storeStatus,
                clock, tasks, messages, onLogout);
        // the issuing form of this window, once its screen is built: the work list resumes applications on it
        java.util.concurrent.atomic.AtomicReference<IssueViewModel> issueForm = new java.util.concurrent.atomic.AtomicReference<>();
        MainView view = new MainView(viewModel, screen -> screenView(screen, officer, station, viewModel, issueForm), onExit,
                onClose -> headApprovalOnLock(officer, station, onClose));
        return new MainWindow(views.load(view), viewModel, view);
    }

    private Parent screenView(Screen screen, Officer officer, Station station, MainViewModel main,
            java.util.concurrent.atomic.AtomicReference<IssueViewModel> issueForm) {
        return switch (screen) {
            case OVERVIEW -> homeView(officer, station, main, issueForm);
            case CATALOGUE -> views.load(new CatalogueView(new CatalogueViewModel(reference.catalogue(), messages)));
            case IDENTIFY -> identifyView(officer, station, issueForm::set);
            case ACCOUNTS -> views.load(new AccountsView(new AccountsViewModel(officer, accounts, tasks, messages)));
            case SETTINGS -> views.load(new SettingsView(
                    new SettingsViewModel(officer, settings, tasks, messages, main::setIdleLockAfter)));
            case TEMPLATES -> views.load(new TemplatesView(new TemplatesViewModel(
                    new InstalledTemplateSamples(this::templateEngine, templatesDirectory, station,
                            () -> keyStore.ownStationCode().filter(station.stationCode()::equals).map(keyStore::signer)),
                    printers, printPanel(), tasks, messages), views));
            case HISTORY -> views.load(new HistoryView(new HistoryViewModel(officer, applications(station), accounts,
                    reference.catalogue(), new PdfBoxDocumentPreview(), printers, settings, clock, tasks, messages)));
            case APPROVALS -> approvalView(officer, station, main::logout);
            case AUDIT -> views.load(new cn.certdesk.ui.audit.AuditView(new cn.certdesk.ui.audit.AuditViewModel(officer,
                    new cn.certdesk.domain.audit.AuditReview(audit), clock, tasks, messages)));
            case STATISTICS -> statisticsView(officer, station);
        };
    }

    /**
     * The home screen: the officer's work list (R09) above the station overview. The administrator
     * has no work list: they never see citizens' data (R16). Opening an application switches to the
     * issuing screen (built then, if it was not yet) and resumes the application on its form.
     */
    private Parent homeView(Officer officer, Station station, MainViewModel main,
            java.util.concurrent.atomic.AtomicReference<IssueViewModel> issueForm) {
        Parent overview = views.load(new OverviewView(
                new OverviewViewModel(officer, station, this::storeStatus, tasks, messages)));
        if (!officer.may(cn.certdesk.domain.officer.Permission.IDENTIFY_APPLICANT)) {
            return overview;
        }
        Parent workList = views.load(new HomeWorkListView(new HomeWorkListViewModel(officer, applications(station),
                reference.catalogue(), tasks, messages, summary -> {
                    LOG.info("Work list: application {} opened by officer {}", summary.id(), officer.id());
                    main.screenProperty().set(Screen.IDENTIFY);
                    IssueViewModel form = issueForm.get();
                    if (form != null) {
                        form.resume(summary.id());
                    }
                })));
        javafx.scene.layout.VBox home = new javafx.scene.layout.VBox(workList, overview);
        javafx.scene.layout.VBox.setVgrow(overview, javafx.scene.layout.Priority.ALWAYS);
        return home;
    }

    private String kindName(String kindCode) {
        return cn.certdesk.domain.application.OverrideCertificate.kindName(reference.catalogue(), kindCode);
    }

    /** Issue 5: a station head signs in over the locked session of {@code locked} and decides; signing out closes it. */
    private Parent headApprovalOnLock(Officer locked, Station station, Runnable onClose) {
        HeadSignInViewModel signIn = new HeadSignInViewModel(accounts, locked.id(), tasks, messages);
        HeadApprovalView[] view = new HeadApprovalView[1];
        view[0] = new HeadApprovalView(signIn, head -> approvalView(head, station, () -> view[0].signOut()), onClose);
        return views.load(view[0]);
    }

    /** The station head's approval screen (R07, R12, R13, R14); a blocked account signs the head out. */
    private Parent approvalView(Officer head, Station station, Runnable onAccountBlocked) {
        ApprovalDesk desk = new ApprovalDesk(applications(station), accounts, documents(station), clock);
        return views.load(new ApprovalView(new ApprovalViewModel(head, desk, reference.catalogue(),
                new PdfBoxDocumentPreview(), clock.getZone(), tasks, messages, onAccountBlocked)));
    }

    /** R15, R17: statistics from the event log; the exporters (and POI) are created only on export. */
    private Parent statisticsView(Officer officer, Station station) {
        cn.certdesk.domain.statistics.StatisticsService statisticsService =
                new cn.certdesk.domain.statistics.StatisticsService(new SqliteRecordEventLog(database, clock),
                        reference.catalogue(), new SqliteOfficerRepository(database), clock);
        return views.load(new cn.certdesk.ui.statistics.StatisticsView(new cn.certdesk.ui.statistics.StatisticsViewModel(
                officer, station.name(), statisticsService, format -> switch (format) {
                    case CSV -> new cn.certdesk.printing.export.CsvStatisticsExporter();
                    case XLSX -> new cn.certdesk.printing.export.XlsxStatisticsExporter();
                }, clock, tasks, messages), messages));
    }

    /** Step 1 (identify the applicant) with step 2 (what they ask for, refusal notices) beside it. */
    private Parent identifyView(Officer officer, Station station, Consumer<IssueViewModel> onIssueForm) {
        // R16: every view of a person's record is an audit entry
        IdentifyViewModel identify = new IdentifyViewModel(new cn.certdesk.domain.audit.AuditedPopulationRegister(
                new SqlitePopulationRegister(database), audit, officer, clock),
                new IdNumberValidator(reference.addressCodes(), clock), tasks, messages);
        RequestViewModel request = new RequestViewModel(reference.catalogue(), applications(station), documents(station),
                printers, printPanel(), officer, station,
                () -> identify.applicantProperty().getValue() == null ? "" : identify.applicantProperty().getValue().name(),
                clock,
                tasks, messages);
        // Step 3, the issuing form (ADR 0016): the applicant (a register resident or a person typed in by
        // hand, flagged unchecked) and the agent, if any, chosen in step 1.
        javafx.beans.value.ObservableValue<cn.certdesk.domain.application.Applicant> applicant =
                identify.applicantProperty();
        javafx.beans.value.ObservableValue<cn.certdesk.domain.application.Agent> agent = identify.agentProperty();
        IssueViewModel issue = new IssueViewModel(applications(station), documents(station),
                new SqlitePopulationRegister(database), new cn.certdesk.domain.application.FormFieldCheck(
                        new IdNumberValidator(reference.addressCodes(), clock)),
                strokes -> cn.certdesk.printing.SignatureImages.toPng(strokes, 600, 200), kind -> applicant.getValue() == null ? java.util.Optional.empty()
                        : verificationSections(officer, station).forKind(kind, applicant.getValue()),
                name -> templateEngine().info(name).version(), applicant, agent, printPanel(),
                new StubViewModel(messages), officer, clock, tasks, messages);
        request.setOnIssue(issue::open);
        onIssueForm.accept(issue);
        request.setOnOverride(issue::openOverride); // R13, R14
        issue.setOnNextApplicant(() -> {
            request.queryProperty().set("");
            identify.clear();
        });
        return views.load(new IdentifyView(identify, views.load(new IssueView(issue,
                views.load(new RequestView(request, views)), views))));
    }

    /** Certificate applications and refusals of this desk (ADR 0012). */
    public ApplicationService applications(Station station) {
        SqliteRecordEventLog events = new SqliteRecordEventLog(database, clock);
        SqliteTransactions transactions = new SqliteTransactions(database);
        return new ApplicationService(events, new SqliteCertificateNumberSequence(database, clock), transactions,
                reference.calendar(), clock, reference.catalogue(), station, new SqliteApplicationProjection(database),
                new CertificatePrinting(printers, events, transactions, clock, audit), settings.transitionPeriod(),
                new SqliteDocumentArchive(database, clock), audit);
    }

    /** Documents of this station, signed with its key. */
    public Documents documents(Station station) {
        return new StationDocuments(this::templateEngine, station,
                () -> keyStore.ownStationCode().filter(station.stationCode()::equals).map(keyStore::signer));
    }

    /** A new preview-and-print panel (its view model) for a screen that prints. */
    public PrintPanelViewModel printPanel() {
        return new PrintPanelViewModel(printers, settings, new PdfBoxDocumentPreview(), tasks, messages);
    }

    /**
     * The template engine, loaded on first use on the store thread (parsing the fonts takes about a
     * second, which start-up does not pay); a bad template stops it with a message naming file and field.
     */
    public TemplateEngine templateEngine() {
        if (templateEngine == null) {
            templateEngine = TemplateEngine.load(templatesDirectory, reference.catalogue());
        }
        return templateEngine;
    }

    /**
     * The kind-specific verification sections for the issuing form of this officer and station
     * (R10–R12): hand the form {@code kind -> sections.forKind(kind, applicant)}.
     */
    public cn.certdesk.ui.verification.VerificationSections verificationSections(Officer officer, Station station) {
        return new cn.certdesk.ui.verification.VerificationSections(applications(station), documents(station),
                printers, this::printPanel, officer, station,
                new IdNumberValidator(reference.addressCodes(), clock), new SqlitePopulationRegister(database), clock,
                tasks, views);
    }

    /** A loaded main window with its parts. */
    public record MainWindow(Parent root, MainViewModel viewModel, MainView view) {
    }

    @Override
    public void close() {
        storeThread.shutdown();
        try {
            if (!storeThread.awaitTermination(10, TimeUnit.SECONDS)) {
                storeThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (templateEngine != null) {
            templateEngine.close();
        }
        database.close();
    }
}
