package cn.certdesk.domain.station;

/**
 * Creates the station's signing key pair (SM2) when the station is set up; the key signs the QR
 * code on every certificate (docs/decisions/0010-station-signing-key.md). Implemented by the
 * store; never overwrites an existing key.
 */
public interface StationKeyring {

    void ensureKeyPair(String stationCode);
}
