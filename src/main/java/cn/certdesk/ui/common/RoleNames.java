package cn.certdesk.ui.common;

import cn.certdesk.domain.officer.Role;

/** The officer-facing name of each role. Stateless apart from its bundle; thread-safe. */
public final class RoleNames {

    private final Messages messages;

    public RoleNames(Messages messages) {
        this.messages = messages;
    }

    public String of(Role role) {
        return switch (role) {
            case HOUSEHOLD_OFFICER -> messages.get("role.household.officer");
            case COMMUNITY_OFFICER -> messages.get("role.community.officer");
            case STATION_HEAD -> messages.get("role.station.head");
            case ADMINISTRATOR -> messages.get("role.administrator");
        };
    }
}
