package org.harmtrack.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.GuardedExtraction;
import org.harmtrack.app.ingest.ProblemLog;
import org.harmtrack.app.output.ExtractionJson;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code harmtrack extract}: documents in, the output contract out, one line a document, streaming. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract incidents and aggregates from documents; stateless (stores nothing).",
                "Input: JSON Lines (id, text, optional published/title/url/publisher), plain-text files, or folders.",
                "Output: one JSON object per document, in input order (the contract in the README)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents read", "1:some inputs were bad and skipped (see standard error)",
                "2:usage error", "3:failed (e.g. output not writable)"})
public final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Mixin
    BiasOptions bias;

    @Override
    public Integer call() {
        List<Path> all = input.all();
        Function<Document, Extraction> extractor = parent.resources().extraction(bias.toBias());
        PrintWriter err = spec.commandLine().getErr();
        ProblemLog problems = new ProblemLog("extract", err);
        Output target = Output.open(output, spec.commandLine().getOut());
        try (target) {
            Writer out = target.writer();
            DocumentReader reader = input.reader(problems);
            GuardedExtraction guarded = new GuardedExtraction(extractor, problems);
            reader.read(all, System.in, doc -> {
                Extraction extraction = guarded.extract(doc);
                if (extraction == null) {
                    return; // named on standard error; the other documents go on
                }
                try {
                    out.write(ExtractionJson.line(extraction));
                    out.write('\n');
                } catch (IOException e) {
                    throw new WriteFailed(e);
                }
            });
        } catch (WriteFailed e) {
            throw new CommandFailure("could not write " + target.name() + ": " + Output.reason((IOException) e.getCause()), e);
        } catch (IOException e) {
            throw new CommandFailure("could not write " + target.name() + ": " + Output.reason(e), e);
        } catch (UncheckedIOException e) {
            // the reader's failure (an unreadable stream), as opposed to the output's
            throw new CommandFailure(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
        return problems.exitCode();
    }

    /** A write error on the output, told apart from the reader's UncheckedIOException. */
    private static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(IOException cause) {
            super(cause);
        }
    }
}
