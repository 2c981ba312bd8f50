package cn.certdesk.domain.officer;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An officer account of this desk. Immutable value.
 *
 * @param policeNumber   警号, 6 to 8 ASCII digits
 * @param failedAttempts consecutive failed password entries since the last success
 * @param lockedAt       when the account was locked after too many failures, if it is
 */
public record Officer(UUID id, String policeNumber, String name, Set<Role> roles, String passwordHash,
        int failedAttempts, Optional<Instant> lockedAt, boolean active, boolean synthetic) {

    public Officer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean may(Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }

    public boolean locked() {
        return lockedAt.isPresent();
    }

    /** The first role in table order, for the status bar. */
    public Role primaryRole() {
        return EnumSet.copyOf(roles).iterator().next();
    }
}
