package cn.certdesk.domain.station;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.Transactions;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.Officer;

/**
 * First start of a real desk: records the station and creates the first administrator in one
 * transaction, so a failed attempt leaves nothing half set up.
 */
public final class FirstRunSetup {

    private final StationService stations;
    private final AccountService accounts;
    private final Transactions transactions;
    private final StationKeyring keyring;

    public FirstRunSetup(StationService stations, AccountService accounts, Transactions transactions,
            StationKeyring keyring) {
        this.stations = stations;
        this.accounts = accounts;
        this.transactions = transactions;
        this.keyring = keyring;
    }

    public boolean needed() {
        return accounts.needsFirstAdministrator();
    }

    /** True when a station row exists already (e.g. set up by an installer) and only the administrator is missing. */
    public boolean stationKnown() {
        return stations.current().isPresent();
    }

    public Officer complete(StationDetails station, String adminName, String policeNumber, char[] password,
            char[] confirmation) {
        if (!needed()) {
            throw new CertDeskException("account.setup.done");
        }
        Officer admin = transactions.inTransaction(() -> {
            if (stations.current().isEmpty()) {
                stations.setUp(station.name(), station.stationCode(), station.deskCode());
            }
            return accounts.createFirstAdministrator(adminName, policeNumber, password, confirmation);
        });
        // The station's signing key is created with the station (a key left from an earlier
        // attempt for the same station is kept).
        keyring.ensureKeyPair(stations.current().orElseThrow().stationCode());
        return admin;
    }

    /** What the setup screen asks about the station. */
    public record StationDetails(String name, String stationCode, String deskCode) {
    }
}
