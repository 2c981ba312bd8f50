package cn.certdesk.domain.officer;

/** The outcome of checking a police number and password. */
public sealed interface AuthenticationResult {

    /** The password was right; failures are reset. */
    record Success(Officer officer) implements AuthenticationResult {
    }

    /**
     * Police number unknown or password wrong (the two are not told apart).
     *
     * @param remainingAttempts attempts left before the account locks; -1 when the number is unknown
     */
    record WrongCredentials(int remainingAttempts) implements AuthenticationResult {
    }

    /** Too many failures: an administrator has to unlock the account. */
    record Locked() implements AuthenticationResult {
    }

    /** The account was deactivated by an administrator. */
    record Inactive() implements AuthenticationResult {
    }
}
