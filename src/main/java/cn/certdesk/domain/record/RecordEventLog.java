package cn.certdesk.domain.record;

import java.util.List;
import java.util.UUID;

/** The append-only event log of applications and certificates (implemented by the store). */
public interface RecordEventLog {

    /** Appends the event and returns it with its sequence number. Nothing can change it afterwards. */
    RecordEvent append(RecordEvent event);

    /** Every event of one application or certificate, in order. */
    List<RecordEvent> forAggregate(UUID aggregateId);

    /** Events after {@code sequence}, at most {@code limit}: the cursor a sync ships from, exactly once. */
    List<RecordEvent> after(long sequence, int limit);
}
