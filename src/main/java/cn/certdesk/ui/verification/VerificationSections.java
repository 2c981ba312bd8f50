package cn.certdesk.ui.verification;

import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.population.PopulationRegister;
import cn.certdesk.domain.printing.Documents;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.station.Station;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.common.ViewLoader;
import cn.certdesk.ui.print.PrintPanelViewModel;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The kind-specific verification sections of the issuing form, chosen by the catalogue's
 * {@code verification} field ({@code special}; never by kind codes in code). The composition root builds one per
 * officer and station and hands the issuing form
 * {@code kind -> sections.forKind(kind, applicant)}.
 */
public final class VerificationSections {

    private final ApplicationService applications;
    private final Documents documents;
    private final PrinterGateway printers;
    private final Supplier<PrintPanelViewModel> printPanels;
    private final Officer officer;
    private final Station station;
    private final IdNumberValidator idNumbers;
    private final PopulationRegister register;
    private final Clock clock;
    private final TaskRunner tasks;
    private final ViewLoader views;

    public VerificationSections(ApplicationService applications, Documents documents, PrinterGateway printers,
            Supplier<PrintPanelViewModel> printPanels, Officer officer, Station station, IdNumberValidator idNumbers,
            PopulationRegister register, Clock clock, TaskRunner tasks, ViewLoader views) {
        this.applications = applications;
        this.documents = documents;
        this.printers = printers;
        this.printPanels = printPanels;
        this.officer = officer;
        this.station = station;
        this.idNumbers = idNumbers;
        this.register = register;
        this.clock = clock;
        this.tasks = tasks;
        this.views = views;
    }

    /**
     * A new verification section for an application of {@code kind} about {@code applicant}, or
     * empty when the kind has no verification procedure.
     */
    public Optional<VerificationSection> forKind(CertificateKind kind, Applicant applicant) {
        // "special" in the catalogue: a kind with its own section; the only one is R10–R12.
        return kind.verification() == cn.certdesk.domain.catalogue.VerificationProcedure.SPECIAL
                ? Optional.of(noCriminalRecord(applicant)) : Optional.empty();
    }

    /** R10–R12. */
    public NcrVerificationView noCriminalRecord(Applicant applicant) {
        NcrVerificationViewModel viewModel = new NcrVerificationViewModel(applicant, applications, documents, printers,
                printPanels.get(), officer, station, idNumbers, register, clock, tasks, views.messages());
        return new NcrVerificationView(viewModel, views);
    }
}
