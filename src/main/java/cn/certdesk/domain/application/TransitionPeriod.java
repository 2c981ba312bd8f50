package cn.certdesk.domain.application;

import java.time.LocalDate;

/**
 * R13: the configurable last day of the transition period, until which an officer may issue a
 * certificate outside the issue group with a reason (and head approval).
 */
public record TransitionPeriod(LocalDate lastDay) {

    public boolean includes(LocalDate day) {
        return !day.isAfter(lastDay);
    }
}
