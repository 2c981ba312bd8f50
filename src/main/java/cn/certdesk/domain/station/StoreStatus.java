package cn.certdesk.domain.station;

/**
 * The state of the local store as the status bar and overview show it; no personal data.
 *
 * @param location         the store file's path
 * @param schemaVersion    the version the store is at
 * @param latestVersion    the version this build expects
 * @param residents        residents in the population register
 * @param households       households in the population register
 * @param integrityOk      the start-up integrity check passed
 */
public record StoreStatus(String location, int schemaVersion, int latestVersion, long residents, long households,
        boolean integrityOk) {

    public boolean current() {
        return schemaVersion == latestVersion;
    }
}
