package cn.certdesk.domain.officer;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Officer accounts: first administrator, login with lock-out after {@value #MAX_FAILED_ATTEMPTS}
 * failures, re-entry of the password to unlock an idle-locked screen, and the administrator's
 * account management. Log lines name officers by UUID only. Logins, failed logins, logouts,
 * unlocks and account changes are audit entries (R15, R16; the object is the account's police
 * number). Not thread-safe: call it from the store's thread.
 */
public final class AccountService {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 128;
    public static final int MAX_NAME_LENGTH = 30;

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern POLICE_NUMBER = Pattern.compile("[0-9]{6,8}");
    /**
     * A hash with the production parameters of a password nobody has: an unknown police number is
     * checked against it, so that it takes as long as a wrong password. Precomputed, so that start-up
     * does not pay for an Argon2id run.
     */
    private static final String TIMING_DUMMY_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$Uv/6NJ5UCR130VxGoFTlzg$yjvVkEOr8M34ecbjB636hFYhRx5FPgh/DcFV3UbzbP8";

    private final OfficerRepository officers;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditTrail audit;

    public AccountService(OfficerRepository officers, PasswordHasher hasher, Clock clock, AuditTrail audit) {
        this.officers = officers;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    /** True until the first administrator exists: the app then shows the setup screen. */
    public boolean needsFirstAdministrator() {
        return officers.count() == 0;
    }

    /** Creates the first administrator; refused once any account exists. */
    public Officer createFirstAdministrator(String name, String policeNumber, char[] password, char[] confirmation) {
        if (!needsFirstAdministrator()) {
            throw new CertDeskException("account.setup.done");
        }
        Officer admin = newOfficer(name, policeNumber, Set.of(Role.ADMINISTRATOR), password, confirmation, false);
        accountChanged(null, admin, "change=created-first-administrator; roles=ADMINISTRATOR");
        LOG.info("First administrator account {} created", admin.id());
        return admin;
    }

    /** The administrator creates an account. */
    public Officer createOfficer(Officer actor, String name, String policeNumber, Set<Role> roles,
            char[] password, char[] confirmation) {
        requirePermission(actor, Permission.MANAGE_ACCOUNTS);
        Officer created = newOfficer(name, policeNumber, roles, password, confirmation, false);
        accountChanged(actor, created, "change=created; roles=" + rolesText(created));
        LOG.info("Officer account {} created by {}", created.id(), actor.id());
        return created;
    }

    /** Creates a demo account (synthetic = true) without an acting administrator; used by the demo station only. */
    public Officer createDemoOfficer(String name, String policeNumber, Set<Role> roles, char[] password) {
        Officer created = newOfficer(name, policeNumber, roles, password, password, true);
        accountChanged(null, created, "change=created-demo; roles=" + rolesText(created));
        return created;
    }

    private Officer newOfficer(String name, String policeNumber, Set<Role> roles, char[] password,
            char[] confirmation, boolean synthetic) {
        String checkedName = TextInput.require("field.officer.name", name, MAX_NAME_LENGTH);
        String checkedNumber = checkPoliceNumber(policeNumber);
        if (roles.isEmpty()) {
            throw new CertDeskException("account.roles.empty");
        }
        checkPassword(password, confirmation);
        if (officers.findByPoliceNumber(checkedNumber).isPresent()) {
            throw new CertDeskException("account.police.number.taken", checkedNumber);
        }
        Officer officer = new Officer(UUID.randomUUID(), checkedNumber, checkedName, roles, hasher.hash(password), 0,
                Optional.empty(), true, synthetic);
        officers.insert(officer, clock.instant());
        return officer;
    }

    /** Checks a police number and password at the login screen. */
    public AuthenticationResult authenticate(String policeNumber, char[] password) {
        Optional<Officer> found = officers.findByPoliceNumber(policeNumber == null ? "" : policeNumber.strip());
        if (found.isEmpty()) {
            hasher.verify(password, TIMING_DUMMY_HASH);
            LOG.info("Login refused: unknown police number");
            // R16: the typed number is not recorded (it may be a mistyped ID or phone number)
            audit.record(null, AuditAction.LOGIN_FAILED, "officer", "unknown", "step=login; reason=unknown-police-number");
            return new AuthenticationResult.WrongCredentials(-1);
        }
        AuthenticationResult result = check(found.get(), password, "Login", "login");
        if (result instanceof AuthenticationResult.Success success) {
            audit.record(success.officer(), AuditAction.LOGIN, "officer", success.officer().policeNumber(), "");
        }
        return result;
    }

    /** Re-entry of the password of an officer already logged in (idle lock, decisions). */
    public AuthenticationResult reauthenticate(UUID officerId, char[] password) {
        Officer officer = officers.findById(officerId).orElseThrow(() -> new CertDeskException("account.not.found"));
        return check(officer, password, "Re-authentication", "reauthentication");
    }

    /**
     * Unlocks the idle-locked desk with the logged-in officer's own password: like
     * {@link #reauthenticate}, and the unlock is an audit entry.
     */
    public AuthenticationResult unlockDesk(UUID officerId, char[] password) {
        Officer officer = officers.findById(officerId).orElseThrow(() -> new CertDeskException("account.not.found"));
        AuthenticationResult result = check(officer, password, "Unlock", "unlock");
        if (result instanceof AuthenticationResult.Success success) {
            audit.record(success.officer(), AuditAction.UNLOCK, "officer", officer.policeNumber(), "");
        }
        return result;
    }

    /**
     * The officer leaves the desk: logout from the menu or the lock screen, exit, or forced after the account
     * locked.
     *
     * @param how {@code menu}, {@code exit}, {@code account-locked} … (recorded as the entry's detail)
     */
    public void logOut(Officer officer, String how) {
        audit.record(officer, AuditAction.LOGOUT, "officer", officer.policeNumber(), "how=" + how);
        LOG.info("Officer {} logged out ({})", officer.id(), how);
    }

    private AuthenticationResult check(Officer officer, char[] password, String what, String step) {
        if (!officer.active()) {
            LOG.info("{} refused for inactive officer {}", what, officer.id());
            audit.record(officer, AuditAction.LOGIN_FAILED, "officer", officer.policeNumber(),
                    "step=" + step + "; reason=inactive");
            return new AuthenticationResult.Inactive();
        }
        if (officer.locked()) {
            LOG.info("{} refused for locked officer {}", what, officer.id());
            audit.record(officer, AuditAction.LOGIN_FAILED, "officer", officer.policeNumber(),
                    "step=" + step + "; reason=locked");
            return new AuthenticationResult.Locked();
        }
        Instant now = clock.instant();
        if (hasher.verify(password, officer.passwordHash())) {
            Officer fresh = officer.failedAttempts() == 0 ? officer : withFailures(officer, 0, Optional.empty());
            if (fresh != officer) {
                officers.update(fresh, now);
            }
            LOG.info("{} succeeded for officer {}", what, officer.id());
            return new AuthenticationResult.Success(fresh);
        }
        int failures = officer.failedAttempts() + 1;
        Optional<Instant> lockedAt = failures >= MAX_FAILED_ATTEMPTS ? Optional.of(now) : Optional.empty();
        officers.update(withFailures(officer, failures, lockedAt), now);
        audit.record(officer, AuditAction.LOGIN_FAILED, "officer", officer.policeNumber(), "step=" + step
                + "; reason=wrong-password; attempt=" + failures + "/" + MAX_FAILED_ATTEMPTS
                + (lockedAt.isPresent() ? "; account-locked" : ""));
        if (lockedAt.isPresent()) {
            LOG.warn("{} failed {} times for officer {}: account locked", what, failures, officer.id());
            return new AuthenticationResult.Locked();
        }
        LOG.info("{} failed for officer {} ({} of {})", what, officer.id(), failures, MAX_FAILED_ATTEMPTS);
        return new AuthenticationResult.WrongCredentials(MAX_FAILED_ATTEMPTS - failures);
    }

    /**
     * Who an officer is, for records that show who did what and when (history, R15): name and
     * police number only, never credentials.
     */
    public Optional<OfficerName> nameOf(UUID officerId) {
        return officers.findById(officerId).map(officer -> new OfficerName(officer.name(), officer.policeNumber()));
    }

    /** An officer's name and police number (警号). */
    public record OfficerName(String name, String policeNumber) {
    }

    public List<Officer> listOfficers(Officer actor) {
        requirePermission(actor, Permission.MANAGE_ACCOUNTS);
        return officers.findAll();
    }

    public Officer unlock(Officer actor, UUID officerId) {
        requirePermission(actor, Permission.MANAGE_ACCOUNTS);
        Officer officer = officers.findById(officerId).orElseThrow(() -> new CertDeskException("account.not.found"));
        Officer unlocked = withFailures(officer, 0, Optional.empty());
        officers.update(unlocked, clock.instant());
        accountChanged(actor, unlocked, "change=unlocked");
        LOG.info("Officer {} unlocked by {}", officerId, actor.id());
        return unlocked;
    }

    public Officer setActive(Officer actor, UUID officerId, boolean active) {
        requirePermission(actor, Permission.MANAGE_ACCOUNTS);
        if (actor.id().equals(officerId) && !active) {
            throw new CertDeskException("account.cannot.deactivate.self");
        }
        Officer officer = officers.findById(officerId).orElseThrow(() -> new CertDeskException("account.not.found"));
        Officer changed = new Officer(officer.id(), officer.policeNumber(), officer.name(), officer.roles(),
                officer.passwordHash(), officer.failedAttempts(), officer.lockedAt(), active, officer.synthetic());
        officers.update(changed, clock.instant());
        accountChanged(actor, changed, active ? "change=activated" : "change=deactivated");
        LOG.info("Officer {} {} by {}", officerId, active ? "activated" : "deactivated", actor.id());
        return changed;
    }

    public Officer resetPassword(Officer actor, UUID officerId, char[] password, char[] confirmation) {
        requirePermission(actor, Permission.MANAGE_ACCOUNTS);
        checkPassword(password, confirmation);
        Officer officer = officers.findById(officerId).orElseThrow(() -> new CertDeskException("account.not.found"));
        Officer changed = new Officer(officer.id(), officer.policeNumber(), officer.name(), officer.roles(),
                hasher.hash(password), 0, Optional.empty(), officer.active(), officer.synthetic());
        officers.update(changed, clock.instant());
        accountChanged(actor, changed, "change=password-reset");
        LOG.info("Password of officer {} reset by {}", officerId, actor.id());
        return changed;
    }

    private void accountChanged(Officer actor, Officer account, String detail) {
        audit.record(actor, AuditAction.ACCOUNT_CHANGED, "officer", account.policeNumber(), detail);
    }

    private static String rolesText(Officer officer) {
        return officer.roles().stream().sorted().map(Role::name).collect(java.util.stream.Collectors.joining(","));
    }

    private static Officer withFailures(Officer officer, int failures, Optional<Instant> lockedAt) {
        return new Officer(officer.id(), officer.policeNumber(), officer.name(), officer.roles(),
                officer.passwordHash(), failures, lockedAt, officer.active(), officer.synthetic());
    }

    private static String checkPoliceNumber(String policeNumber) {
        String stripped = policeNumber == null ? "" : policeNumber.strip();
        if (stripped.isEmpty()) {
            throw new CertDeskException("input.empty", "field.officer.police.number");
        }
        if (!POLICE_NUMBER.matcher(stripped).matches()) {
            throw new CertDeskException("account.police.number.invalid");
        }
        return stripped;
    }

    private static void checkPassword(char[] password, char[] confirmation) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new CertDeskException("account.password.too.short", MIN_PASSWORD_LENGTH);
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new CertDeskException("account.password.too.long", MAX_PASSWORD_LENGTH);
        }
        if (!Arrays.equals(password, confirmation)) {
            throw new CertDeskException("account.password.mismatch");
        }
        for (char c : password) {
            if (Character.isISOControl(c)) {
                throw new CertDeskException("account.password.illegal.character");
            }
        }
    }

    private static void requirePermission(Officer actor, Permission permission) {
        if (!actor.may(permission)) {
            throw new CertDeskException("permission.denied");
        }
    }
}
