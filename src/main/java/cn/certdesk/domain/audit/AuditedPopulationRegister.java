package cn.certdesk.domain.audit;

import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.population.HouseholdView;
import cn.certdesk.domain.population.PopulationRegister;
import cn.certdesk.domain.population.Relative;
import cn.certdesk.domain.population.ResidentRecord;
import cn.certdesk.domain.population.ResidentSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R16: every view of a person's full record is logged. Wraps the register the detail screens
 * use and records {@link AuditAction#VIEW_PERSON} (object: the resident's UUID, never a name or
 * ID number) for each full record it hands out — {@link #get} and a found {@link #byIdNumber}.
 * The same record handed out again within {@link #SAME_VIEW} (a lookup by ID number followed
 * by its detail) is one view. Searches return masked summaries and are not views. Not
 * thread-safe: the store's thread, like the register it wraps.
 */
public final class AuditedPopulationRegister implements PopulationRegister {

    static final Duration SAME_VIEW = Duration.ofSeconds(5);

    private final PopulationRegister register;
    private final AuditTrail audit;
    private final Officer officer;
    private final Clock clock;
    private UUID lastViewed;
    private Instant lastViewedAt = Instant.MIN;

    public AuditedPopulationRegister(PopulationRegister register, AuditTrail audit, Officer officer, Clock clock) {
        this.register = register;
        this.audit = audit;
        this.officer = officer;
        this.clock = clock;
    }

    @Override
    public Optional<ResidentRecord> byIdNumber(String normalized18) {
        Optional<ResidentRecord> found = register.byIdNumber(normalized18);
        found.ifPresent(record -> viewed(record.id(), "lookup=id-number"));
        return found;
    }

    @Override
    public ResidentRecord get(UUID id) {
        ResidentRecord record = register.get(id);
        viewed(record.id(), "lookup=detail");
        return record;
    }

    @Override
    public List<ResidentSummary> search(String query, int limit) {
        return register.search(query, limit);
    }

    @Override
    public List<HouseholdView> householdsOf(UUID residentId) {
        return register.householdsOf(residentId);
    }

    @Override
    public List<Relative> relativesOf(UUID residentId) {
        return register.relativesOf(residentId);
    }

    private void viewed(UUID residentId, String detail) {
        Instant now = clock.instant();
        if (residentId.equals(lastViewed) && Duration.between(lastViewedAt, now).compareTo(SAME_VIEW) < 0) {
            return;
        }
        audit.record(officer, AuditAction.VIEW_PERSON, "resident", residentId.toString(), detail); // R16
        lastViewed = residentId;
        lastViewedAt = now;
    }
}
