package cn.certdesk.domain.application;

import java.time.Instant;
import java.util.UUID;

/** A recorded refusal (R02: type asked, reason, officer, time). Refusals carry no certificate number. */
public record Refusal(UUID id, String kindAsked, String requestText, String group, String reasonShown, UUID officerId,
        Instant recordedAt) {
}
