package org.harmtrack.app.web;

/** A request the API refuses, with its HTTP status and a message naming what was wrong. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError badParameter(String name, String value, String expected) {
        return new ApiError(400, "parameter '" + name + "' " + expected + ", not '" + value + "'");
    }
}
