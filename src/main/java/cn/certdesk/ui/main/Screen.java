package cn.certdesk.ui.main;

import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Permission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The screens of the main window; an officer sees those their roles permit (R16). */
public enum Screen {
    OVERVIEW("screen.overview", Set.of()),
    IDENTIFY("screen.identify", Set.of(Permission.IDENTIFY_APPLICANT)),
    CATALOGUE("screen.catalogue", Set.of(Permission.VIEW_CATALOGUE)),
    TEMPLATES("screen.templates", Set.of(Permission.PRINT, Permission.CONFIGURE_STATION)),
    ACCOUNTS("screen.accounts", Set.of(Permission.MANAGE_ACCOUNTS)),
    SETTINGS("screen.settings", Set.of(Permission.CONFIGURE_STATION)),
    /** R08, R15, R16: past certificates and refusals; officers who see citizens' data, never the administrator. */
    HISTORY("history.screen", Set.of(Permission.IDENTIFY_APPLICANT)),
    APPROVALS("screen.approvals", Set.of(Permission.APPROVE)),
    /** R15: the station head's audit viewer. */
    AUDIT("screen.audit", Set.of(Permission.VIEW_AUDIT)),
    /** R15, R17: supervision statistics, the station head's. */
    STATISTICS("screen.statistics", Set.of(Permission.VIEW_STATISTICS));

    private final String titleKey;
    private final Set<Permission> anyOf;

    /** @param anyOf the permissions of which an officer needs one; empty: every officer */
    Screen(String titleKey, Set<Permission> anyOf) {
        this.titleKey = titleKey;
        this.anyOf = anyOf;
    }

    public String titleKey() {
        return titleKey;
    }

    public boolean allowedFor(Officer officer) {
        return anyOf.isEmpty() || anyOf.stream().anyMatch(officer::may);
    }

    public static List<Screen> allowedScreens(Officer officer) {
        return Arrays.stream(values()).filter(screen -> screen.allowedFor(officer)).toList();
    }
}
