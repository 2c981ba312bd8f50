package cn.certdesk.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R15: the SM3 hash chain of the audit trail and its verifier, without a store. */
class AuditChainTest {

    private static final UUID OFFICER = UUID.fromString("5b0c7f0e-0000-4000-8000-000000000003");

    /** A chain of {@code count} entries as the trail writes them, and its head. */
    private record Chain(List<AuditEntry> entries, AuditHead head) {
    }

    private static Chain chain(int count) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= count; i++) {
            AuditEntry entry = entry(i, UUID.randomUUID(), Instant.parse("2026-11-23T01:30:00Z").plusSeconds(i),
                    AuditAction.values()[i % AuditAction.values().length], "220102001001-01-2026-00000" + i, "",
                    previous);
            entries.add(entry);
            previous = entry.hash();
        }
        AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        AuditHead head = last == null ? AuditHead.EMPTY
                : new AuditHead(last.sequence(), Optional.of(last.id()), last.hash());
        return new Chain(entries, head);
    }

    private static AuditEntry entry(long sequence, UUID id, Instant time, AuditAction action, String ref,
            String detail, String previous) {
        String hash = AuditChain.sm3(AuditChain.canonicalBytes(sequence, id, AuditEntry.timeText(time),
                Optional.of(OFFICER), Optional.of("100003"), action, "application", ref, detail, previous));
        return new AuditEntry(sequence, id, time, Optional.of(OFFICER), Optional.of("100003"), action, "application",
                ref, detail, previous, hash);
    }

    /** The same entry with another detail, its stored hash left as it was: an edit made with direct SQL. */
    private static AuditEntry withDetail(AuditEntry entry, String detail) {
        return new AuditEntry(entry.sequence(), entry.id(), entry.occurredAt(), entry.officerId(),
                entry.policeNumber(), entry.action(), entry.objectType(), entry.objectRef(), detail,
                entry.previousHash(), entry.hash());
    }

    @Test
    void sm3GivesTheStandardTestVector() {
        // GB/T 32905-2016, example 1: "abc"
        assertThat(AuditChain.sm3("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void theFirstEntryLinksToSixtyFourZeros() {
        Chain chain = chain(3);
        assertThat(AuditChain.GENESIS).hasSize(64).matches("0+");
        assertThat(chain.entries().get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(chain.entries().get(1).previousHash()).isEqualTo(chain.entries().get(0).hash());
    }

    @Test
    void R15_anUntouchedChainIsIntact() {
        Chain chain = chain(50);
        ChainStatus status = AuditChainVerifier.verify(chain.entries(), chain.head());
        assertThat(status.intact()).isTrue();
        assertThat(status.entries()).isEqualTo(50);
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(AuditChainVerifier.verify(List.of(), AuditHead.EMPTY).intact()).isTrue();
    }

    @Test
    void R15_aChangedEntryIsNamedBySequenceAndId() {
        Chain chain = chain(10);
        List<AuditEntry> tampered = new ArrayList<>(chain.entries());
        tampered.set(6, withDetail(tampered.get(6), "kind=ISSUE_KINSHIP"));

        ChainStatus status = AuditChainVerifier.verify(tampered, chain.head());

        assertThat(status.intact()).isFalse();
        ChainStatus.Break broken = status.firstBreak().orElseThrow();
        assertThat(broken.sequence()).isEqualTo(7);
        assertThat(broken.id()).contains(chain.entries().get(6).id());
        assertThat(broken.problem()).isEqualTo(ChainStatus.Problem.CHANGED);
        assertThat(broken.describe()).contains("#7", chain.entries().get(6).id().toString());
    }

    @Test
    void onlyTheFirstOfSeveralChangesIsNamed() {
        Chain chain = chain(10);
        List<AuditEntry> tampered = new ArrayList<>(chain.entries());
        tampered.set(8, withDetail(tampered.get(8), "x=1"));
        tampered.set(3, withDetail(tampered.get(3), "x=2"));

        assertThat(AuditChainVerifier.verify(tampered, chain.head()).firstBreak().orElseThrow().sequence())
                .isEqualTo(4);
    }

    @Test
    void R15_aDeletedEntryBreaksItsSuccessorAndTheGapIsNamed() {
        Chain chain = chain(10);
        List<AuditEntry> tampered = new ArrayList<>(chain.entries());
        tampered.remove(4); // entry #5

        ChainStatus.Break broken = AuditChainVerifier.verify(tampered, chain.head()).firstBreak().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(6);
        assertThat(broken.id()).contains(chain.entries().get(5).id());
        assertThat(broken.problem()).isEqualTo(ChainStatus.Problem.MISSING_BEFORE);
        assertThat(broken.describe()).contains("#5");
    }

    @Test
    void aDeletedFirstEntryIsDetected() {
        Chain chain = chain(5);
        ChainStatus.Break broken = AuditChainVerifier.verify(chain.entries().subList(1, 5), chain.head())
                .firstBreak().orElseThrow();
        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.problem()).isEqualTo(ChainStatus.Problem.MISSING_BEFORE);
    }

    @Test
    void R15_deletedLastEntriesAreFoundThroughTheHead() {
        Chain chain = chain(8);
        ChainStatus.Break broken = AuditChainVerifier.verify(chain.entries().subList(0, 6), chain.head())
                .firstBreak().orElseThrow();
        assertThat(broken.problem()).isEqualTo(ChainStatus.Problem.MISSING_AT_END);
        assertThat(broken.sequence()).isEqualTo(8);
        assertThat(broken.id()).contains(chain.entries().get(7).id());
        assertThat(broken.describe()).contains("#7–#8");
    }

    @Test
    void anEntryRewrittenWithARecomputedHashBreaksTheLinkOfTheNextOne() {
        Chain chain = chain(6);
        List<AuditEntry> tampered = new ArrayList<>(chain.entries());
        AuditEntry original = tampered.get(2);
        tampered.set(2, entry(original.sequence(), original.id(), original.occurredAt(), AuditAction.APPROVE,
                original.objectRef(), "", original.previousHash()));

        ChainStatus.Break broken = AuditChainVerifier.verify(tampered, chain.head()).firstBreak().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.problem()).isEqualTo(ChainStatus.Problem.LINK_BROKEN);
    }

    @Test
    void aRewrittenLastEntryDoesNotMatchTheHead() {
        Chain chain = chain(4);
        List<AuditEntry> tampered = new ArrayList<>(chain.entries());
        AuditEntry last = tampered.get(3);
        tampered.set(3, entry(last.sequence(), last.id(), last.occurredAt(), AuditAction.VOID, last.objectRef(), "",
                last.previousHash()));

        ChainStatus.Break broken = AuditChainVerifier.verify(tampered, chain.head()).firstBreak().orElseThrow();

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.problem()).isEqualTo(ChainStatus.Problem.HEAD_MISMATCH);
    }

    @Test
    void everyFieldIsPartOfTheHash() {
        AuditEntry entry = chain(1).entries().get(0);
        String hash = AuditChain.hashOf(entry);
        List<AuditEntry> variants = List.of(
                new AuditEntry(2, entry.id(), entry.occurredAt(), entry.officerId(), entry.policeNumber(),
                        entry.action(), entry.objectType(), entry.objectRef(), entry.detail(), entry.previousHash(), ""),
                new AuditEntry(1, UUID.randomUUID(), entry.occurredAt(), entry.officerId(), entry.policeNumber(),
                        entry.action(), entry.objectType(), entry.objectRef(), entry.detail(), entry.previousHash(), ""),
                new AuditEntry(1, entry.id(), entry.occurredAt().plusMillis(1), entry.officerId(),
                        entry.policeNumber(), entry.action(), entry.objectType(), entry.objectRef(), entry.detail(),
                        entry.previousHash(), ""),
                new AuditEntry(1, entry.id(), entry.occurredAt(), Optional.empty(), entry.policeNumber(),
                        entry.action(), entry.objectType(), entry.objectRef(), entry.detail(), entry.previousHash(), ""),
                new AuditEntry(1, entry.id(), entry.occurredAt(), entry.officerId(), Optional.of("100004"),
                        entry.action(), entry.objectType(), entry.objectRef(), entry.detail(), entry.previousHash(), ""),
                new AuditEntry(1, entry.id(), entry.occurredAt(), entry.officerId(), entry.policeNumber(),
                        AuditAction.REJECT, entry.objectType(), entry.objectRef(), entry.detail(),
                        entry.previousHash(), ""),
                new AuditEntry(1, entry.id(), entry.occurredAt(), entry.officerId(), entry.policeNumber(),
                        entry.action(), "refusal", entry.objectRef(), entry.detail(), entry.previousHash(), ""),
                new AuditEntry(1, entry.id(), entry.occurredAt(), entry.officerId(), entry.policeNumber(),
                        entry.action(), entry.objectType(), entry.objectRef() + "9", entry.detail(),
                        entry.previousHash(), ""),
                new AuditEntry(1, entry.id(), entry.occurredAt(), entry.officerId(), entry.policeNumber(),
                        entry.action(), entry.objectType(), entry.objectRef(), "x", entry.previousHash(), ""),
                new AuditEntry(1, entry.id(), entry.occurredAt(), entry.officerId(), entry.policeNumber(),
                        entry.action(), entry.objectType(), entry.objectRef(), entry.detail(), "1".repeat(64), ""));
        assertThat(variants).allSatisfy(variant -> assertThat(AuditChain.hashOf(variant)).isNotEqualTo(hash));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditEntry entry = chain(1).entries().get(0);
        AuditEntry a = new AuditEntry(1, entry.id(), entry.occurredAt(), entry.officerId(), entry.policeNumber(),
                entry.action(), "application", "ab", "c", entry.previousHash(), "");
        AuditEntry b = new AuditEntry(1, entry.id(), entry.occurredAt(), entry.officerId(), entry.policeNumber(),
                entry.action(), "application", "a", "bc", entry.previousHash(), "");
        assertThat(AuditChain.hashOf(a)).isNotEqualTo(AuditChain.hashOf(b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"220102199003071234", "22010219900307123X", "220102900307123", "13912345678",
            "name=张三", "applicant=Zhang San 220102199003071234"})
    void R16_personalDataIsRefusedInAnEntry(String detail) {
        assertThatThrownBy(() -> AuditText.check("application", "220102001001-01-2026-000001", detail))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"220102001001-01-2026-000123", "5b0c7f0e-1234-4000-8000-123456789012",
            "id=a1234567-8901-4bcd-9012-34567890123a; kind=ISSUE_KINSHIP; route=NORMAL", "100003", ""})
    void R16_referencesWithoutPersonalDataPass(String reference) {
        AuditText.check("application", reference, reference);
    }
}
