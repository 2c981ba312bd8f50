package cn.certdesk.domain;

import java.util.function.Supplier;

/** Runs work atomically in the store: all of it is kept, or none of it. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
