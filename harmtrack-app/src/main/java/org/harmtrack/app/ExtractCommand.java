package org.harmtrack.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmtrack.extract.IncidentExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", description = "Input file or folder; '-' for standard input. Repeatable.")
    List<Path> inputs = new ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "More inputs, as with --input.")
    List<Path> moreInputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Mixin
    BiasOptions bias;

    @Override
    public Integer call() {
        List<Path> all = new ArrayList<>(inputs);
        all.addAll(moreInputs);
        if (all.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no input: give --input PATH (or '-')");
        }
        IncidentExtractor extractor = parent.resources().extractor(bias.toBias());
        PrintWriter err = spec.commandLine().getErr();
        int[] problems = {0};
        try (Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            DocumentReader reader = new DocumentReader(p -> {
                problems[0]++;
                err.println("harmtrack extract: skipped " + p);
            });
            reader.read(all, System.in, doc -> {
                try {
                    out.write(ExtractionJson.line(extractor.extract(doc)));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            err.println("harmtrack extract: could not write " + (output == null ? "standard output" : output) + ": "
                    + e.getMessage());
            return ExitCodes.FAILED;
        }
        err.flush();
        return problems[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_SKIPPED;
    }
}
