package cn.certdesk.domain.station;

import java.util.UUID;

/**
 * The police station this desk belongs to, and the desk itself.
 *
 * @param stationCode 12-digit provincial station code; its first 6 digits are the region code
 * @param deskCode    2 digits, unique within the station (certificate numbers use it)
 * @param synthetic   true for the generated demo station
 */
public record Station(UUID id, String stationCode, String name, String regionCode, String deskCode,
        boolean synthetic) {
}
