package cn.certdesk.domain.application;

import cn.certdesk.domain.printing.PrintState;
import java.util.Optional;

/**
 * One line of the officer's work list on the home screen (R09): an application still needing
 * the officer — a draft, one awaiting or back from approval, or one printed whose paper is not
 * yet confirmed — with its due date.
 *
 * @param rejectionReason the station head's reason when the application came back rejected
 */
public record WorkItem(ApplicationSummary summary, PrintState printState, Optional<String> rejectionReason) {

    /** The application was sent to the printer and the officer has not said whether the paper came out. */
    public boolean printedNotConfirmed() {
        return printState == PrintState.AWAITING_CONFIRMATION;
    }
}
