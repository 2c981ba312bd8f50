package cn.certdesk.domain.application;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.AuthenticationResult;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.printing.Documents;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The station head's decisions (R07, R12, R13, R14): the queue, the application in full with a
 * rendered preview of its certificate, and approve or reject. The head re-enters their own
 * password at the moment of every decision, even when logged in: a wrong password counts toward
 * the account's lock-out ({@link AccountService#MAX_FAILED_ATTEMPTS}) and records nothing about the
 * application. Nobody decides an application they prepared (four eyes, checked here before the
 * password and again by {@link ApplicationService} inside the decision's transaction). Which kinds
 * need approval is the catalogue's {@code headApproval} flag, fixed on the application when it was
 * created. Not thread-safe: the store's thread.
 */
public final class ApprovalDesk {

    private final ApplicationService applications;
    private final AccountService accounts;
    private final Documents documents;
    private final Clock clock;

    public ApprovalDesk(ApplicationService applications, AccountService accounts, Documents documents, Clock clock) {
        this.applications = applications;
        this.accounts = accounts;
        this.documents = documents;
        this.clock = clock;
    }

    /** What a decision came to. */
    public sealed interface Outcome {
    }

    /** The decision is recorded; {@code application} is its new state. */
    public record Decided(Application application) implements Outcome {
    }

    /** The password was wrong: nothing recorded about the application; {@code remainingAttempts} before lock-out. */
    public record WrongPassword(int remainingAttempts) implements Outcome {
    }

    /** The head's account is locked (now, or already) or deactivated: nothing recorded; sign the head out. */
    public record AccountBlocked() implements Outcome {
    }

    /** The queue, overdue first (R09). */
    public List<ApprovalQueueItem> queue() {
        return applications.awaitingApproval();
    }

    /** The application replayed from its events: everything the officer captured. */
    public Application application(UUID id) {
        return applications.get(id);
    }

    /**
     * The certificate as it would print once approved: the kind's template (named by its catalogue
     * code) with the captured field values, the preparing officer and today's date. A kind without a
     * template (an override of a kind outside the issue group) fails with the engine's message.
     */
    public byte[] preview(Application application, String officerName, String officerPoliceNumber) {
        Map<String, String> fields = new LinkedHashMap<>(application.details().fieldValues());
        // R13, R14: an override of a kind not issued previews as the general certificate
        return documents.render(applications.templateFor(application), fields, new Documents.Header(application.number().text(),
                officerName, officerPoliceNumber, LocalDate.now(clock)));
    }

    /**
     * The stub signature as captured (R06, R07): the pad's strokes when the application's stub
     * reference holds them, else the archived stub document, else only the reference.
     */
    public CapturedSignature signature(Application application) {
        Stub stub = application.details().stub();
        if (stub == null) {
            return new CapturedSignature(null, Optional.empty(), Optional.empty());
        }
        Optional<SignatureStrokes> strokes = Optional.empty();
        try {
            strokes = Optional.of(SignatureStrokes.fromJson(stub.signatureReference()));
        } catch (CertDeskException notStrokes) {
            // a scan or document reference rather than pad strokes
        }
        Optional<byte[]> archived = strokes.isPresent() ? Optional.empty()
                : applications.archivedDocuments(application.id()).stream()
                        .filter(document -> document.kind() == DocumentKind.STUB).reduce((first, second) -> second)
                        .map(document -> applications.archivedContent(document.id()));
        return new CapturedSignature(stub.signatureReference(), strokes, archived);
    }

    /**
     * @param reference      the stub's signature reference, {@code null} when the kind has no stub
     * @param strokes        the signature as drawn on the pad
     * @param archivedStubPdf the stub document archived for the application, when there are no strokes
     */
    public record CapturedSignature(String reference, Optional<SignatureStrokes> strokes,
            Optional<byte[]> archivedStubPdf) {

        @Override
        public String toString() {
            return "CapturedSignature[" + strokes.isPresent() + ", " + archivedStubPdf.isPresent() + "]";
        }
    }

    /** R07, R12, R13, R14: the head approves with their password; never their own application. */
    public Outcome approve(Officer head, char[] password, UUID applicationId) {
        application(applicationId).requireDecidableBy(head);
        return withPassword(head, password, confirmed -> applications.approve(confirmed, applicationId));
    }

    /** The head rejects with a mandatory reason and their password; never their own application. */
    public Outcome reject(Officer head, char[] password, UUID applicationId, String reason) {
        String checkedReason = ApplicationService.requireReason("application.reject.reason.required", reason);
        application(applicationId).requireDecidableBy(head);
        return withPassword(head, password,
                confirmed -> applications.reject(confirmed, applicationId, checkedReason));
    }

    private Outcome withPassword(Officer head, char[] password, Function<Officer, Application> decide) {
        if (password == null || password.length == 0) {
            throw new CertDeskException("approval.password.missing");
        }
        AuthenticationResult result;
        try {
            result = accounts.reauthenticate(head.id(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return switch (result) {
            // The account as stored now decides (roles may have changed since the head logged in).
            case AuthenticationResult.Success success -> new Decided(decide.apply(success.officer()));
            case AuthenticationResult.WrongCredentials wrong -> new WrongPassword(wrong.remainingAttempts());
            case AuthenticationResult.Locked locked -> new AccountBlocked();
            case AuthenticationResult.Inactive inactive -> new AccountBlocked();
        };
    }
}
