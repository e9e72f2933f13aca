package org.harmtrack.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Usage errors that name the option and the value, shared by the commands that read the store. */
public final class Usage {
    private Usage() {
    }

    /** A usage error: "OPTION MESSAGE", for picocli to print on one line with exit code 2. */
    public static ParameterException bad(CommandSpec spec, String option, String message) {
        return new ParameterException(spec.commandLine(), option + " " + message);
    }

    /** The option's value as a date, null when not given; a malformed date is a usage error naming it. */
    static LocalDate date(CommandSpec spec, String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw bad(spec, option, "takes a date as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
