package org.harmtrack.store;

/**
 * A database failure inside the incident store, with what the store was doing when it happened
 * (for an ingest, the document id). The {@link java.sql.SQLException} or Flyway error is the cause.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
