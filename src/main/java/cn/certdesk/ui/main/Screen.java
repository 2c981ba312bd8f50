package cn.certdesk.ui.main;

import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Permission;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The screens of the main window; an officer sees those their roles permit (R16). */
public enum Screen {
    OVERVIEW("screen.overview", Optional.empty()),
    CATALOGUE("screen.catalogue", Optional.of(Permission.VIEW_CATALOGUE)),
    ACCOUNTS("screen.accounts", Optional.of(Permission.MANAGE_ACCOUNTS)),
    SETTINGS("screen.settings", Optional.of(Permission.CONFIGURE_STATION));

    private final String titleKey;
    private final Optional<Permission> permission;

    Screen(String titleKey, Optional<Permission> permission) {
        this.titleKey = titleKey;
        this.permission = permission;
    }

    public String titleKey() {
        return titleKey;
    }

    public boolean allowedFor(Officer officer) {
        return permission.map(officer::may).orElse(true);
    }

    public static List<Screen> allowedScreens(Officer officer) {
        return Arrays.stream(values()).filter(screen -> screen.allowedFor(officer)).toList();
    }
}
