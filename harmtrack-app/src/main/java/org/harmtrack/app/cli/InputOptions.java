package org.harmtrack.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.InputProblem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The document inputs shared by the commands that read documents: files, folders, or '-' for standard input. */
public final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", description = "Input file or folder; '-' for standard input. Repeatable.")
    List<Path> inputs = new ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "More inputs, as with --input.")
    List<Path> moreInputs = new ArrayList<>();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for documents that give none (text files without a 'published:' line, "
                    + "JSON lines without \"published\"); weekdays and 'yesterday' are read against it.")
    LocalDate published;

    /** A reader of the inputs, giving undated documents the {@code --published} date. */
    public DocumentReader reader(java.util.function.Consumer<InputProblem> problems) {
        return new DocumentReader(problems).withDefaultPublished(published);
    }

    /** Every input given, in order; a usage error if there is none. */
    public List<Path> all() {
        List<Path> all = new ArrayList<>(inputs);
        all.addAll(moreInputs);
        if (all.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no input: give PATH or --input PATH (or '-')");
        }
        return all;
    }
}
