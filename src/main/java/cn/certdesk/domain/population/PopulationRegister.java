package cn.certdesk.domain.population;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The station's population register (常住人口登记) as the desk uses it to identify applicants and
 * to fill kinship certificates (R06). Read-only.
 *
 * <p>Implementations state whether they are thread-safe.
 */
public interface PopulationRegister {

    /** The resident with this normalized 18-character ID number (upper-case X). */
    Optional<ResidentRecord> byIdNumber(String normalized18);

    /**
     * The resident with this id.
     *
     * @throws cn.certdesk.domain.CertDeskException {@code population.resident.not.found} if there is none
     */
    ResidentRecord get(UUID id);

    /**
     * Residents matching what the officer typed, at most {@code limit}, masked ID numbers only.
     * Case and spaces are ignored.
     * <ul>
     *   <li>a valid 18-character ID number (lower-case x too): that resident;</li>
     *   <li>6–17 digits: ID numbers starting with them;</li>
     *   <li>Chinese characters: the name exactly, then names starting with the text, then former
     *       names (曾用名) equal to or starting with it;</li>
     *   <li>letters: pinyin initials ({@code zs} → 张三, 张顺 …) then full pinyin ({@code zhangsan}),
     *       any reading of a polyphonic character.</li>
     * </ul>
     * Order: exact matches first; within each group the living before the deceased; then by the
     * matched key (name, pinyin or ID number), then by name. Anything else finds nothing.
     */
    List<ResidentSummary> search(String query, int limit);

    /** The households the resident belongs or belonged to: current first, then former ones, latest first. */
    List<HouseholdView> householdsOf(UUID residentId);

    /**
     * The resident's relatives as the register shows them, through current and former households;
     * pairs whose relation the register does not determine are left out ({@link Kinship}).
     * Relatives through a current household the two still share come first.
     */
    List<Relative> relativesOf(UUID residentId);
}
