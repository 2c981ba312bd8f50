package cn.certdesk.domain.station;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditTrail;
import cn.certdesk.domain.officer.Officer;
import java.time.Clock;
import java.time.Duration;

/**
 * Typed desk settings over the setting store. A change an officer makes on the settings screen
 * is an audit entry (R15). Not thread-safe: the store's thread.
 */
public final class DeskSettings {

    public static final String IDLE_LOCK_MINUTES = "idle_lock_minutes";
    public static final String PRINTER = "printer";
    /** R13: the last day of the transition period; the provincial notice set the end of December 2015. */
    public static final String TRANSITION_LAST_DAY = "transition_last_day";
    public static final java.time.LocalDate DEFAULT_TRANSITION_LAST_DAY = java.time.LocalDate.of(2015, 12, 31);
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    public static final int MAX_IDLE_LOCK_MINUTES = 120;

    private final SettingRepository settings;
    private final Clock clock;
    private final AuditTrail audit;

    public DeskSettings(SettingRepository settings, Clock clock, AuditTrail audit) {
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    /** How long the desk may sit idle before it locks; 10 minutes unless configured. */
    public Duration idleLockAfter() {
        int minutes = settings.get(IDLE_LOCK_MINUTES).map(DeskSettings::parseMinutes).orElse(DEFAULT_IDLE_LOCK_MINUTES);
        return Duration.ofMinutes(minutes);
    }

    /** A stored value that is not a whole number in range falls back to the default: the desk still locks. */
    private static int parseMinutes(String stored) {
        try {
            int minutes = Integer.parseInt(stored.strip());
            return minutes >= 1 && minutes <= MAX_IDLE_LOCK_MINUTES ? minutes : DEFAULT_IDLE_LOCK_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_LOCK_MINUTES;
        }
    }

    /** R13: until when officers may still issue out-of-catalogue certificates (with a reason and approval). */
    public cn.certdesk.domain.application.TransitionPeriod transitionPeriod() {
        java.time.LocalDate lastDay = settings.get(TRANSITION_LAST_DAY).map(text -> {
            try {
                return java.time.LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                return DEFAULT_TRANSITION_LAST_DAY;
            }
        }).orElse(DEFAULT_TRANSITION_LAST_DAY);
        return new cn.certdesk.domain.application.TransitionPeriod(lastDay);
    }

    /**
     * The printer this desk used last, remembered per desk. Remembering it is not an audited settings
     * change: each print records its printer in its own event.
     */
    public java.util.Optional<String> printer() {
        return settings.get(PRINTER).filter(name -> !name.isBlank());
    }

    public void setPrinter(String printerName) {
        settings.put(PRINTER, printerName, clock.instant());
    }

    public void setIdleLockMinutes(Officer actor, int minutes) {
        if (minutes < 1 || minutes > MAX_IDLE_LOCK_MINUTES) {
            throw new CertDeskException("settings.idle.lock.range", 1, MAX_IDLE_LOCK_MINUTES);
        }
        String before = settings.get(IDLE_LOCK_MINUTES).orElse("");
        settings.put(IDLE_LOCK_MINUTES, Integer.toString(minutes), clock.instant());
        audit.record(actor, AuditAction.SETTINGS_CHANGED, "setting", IDLE_LOCK_MINUTES, // R15
                "from=" + (before.isEmpty() ? "default" : before.strip()) + "; to=" + minutes);
    }
}
