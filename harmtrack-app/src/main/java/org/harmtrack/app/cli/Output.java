package org.harmtrack.app.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a command writes its main output: the file given with {@code -o}, or the command line's standard output
 * writer. Closing closes the file but only flushes standard output (which the process still needs), and reports a
 * write error on standard output that {@link PrintWriter} would otherwise swallow.
 * <p>Not thread-safe.
 */
final class Output implements Closeable {
    private final Path file;
    private final PrintWriter stdout;
    private final Writer writer;

    private Output(Path file, PrintWriter stdout, Writer writer) {
        this.file = file;
        this.stdout = stdout;
        this.writer = writer;
    }

    /**
     * Opens {@code file} (UTF-8, replacing it) or, when it is null, standard output.
     *
     * @throws CommandFailure if the file cannot be created
     */
    static Output open(Path file, PrintWriter stdout) {
        if (file == null) {
            return new Output(null, stdout, stdout);
        }
        try {
            return new Output(file, stdout, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure("could not write " + file + ": " + reason(e), e);
        }
    }

    /** What went wrong, in words: some IOExceptions' messages are only the file name. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    Writer writer() {
        return writer;
    }

    /** The output's name for messages: the file, or "standard output". */
    String name() {
        return file == null ? "standard output" : file.toString();
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            writer.close();
        } else {
            stdout.flush();
            if (stdout.checkError()) {
                throw new IOException("write error");
            }
        }
    }
}
