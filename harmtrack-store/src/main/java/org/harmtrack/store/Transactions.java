package org.harmtrack.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on a borrowed connection in one transaction and hands the connection back as it found it. */
final class Transactions {
    private Transactions() {
    }

    /** A unit of work on a connection, which may throw SQLException. */
    interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction at the given isolation, then hands the connection back (it returns
     * to a pool) in auto-commit mode at its previous isolation. On failure rolls back and rethrows the failure
     * itself, with any error of the rollback or the restore attached as suppressed.
     */
    static <T> T run(Connection c, int isolation, Work<T> work) throws SQLException {
        int previous = c.getTransactionIsolation();
        c.setTransactionIsolation(isolation);
        c.setAutoCommit(false);
        T result;
        try {
            result = work.apply(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
                restore(c, previous);
            } catch (SQLException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        restore(c, previous);
        return result;
    }

    private static void restore(Connection c, int isolation) throws SQLException {
        c.setAutoCommit(true);
        c.setTransactionIsolation(isolation);
    }
}
