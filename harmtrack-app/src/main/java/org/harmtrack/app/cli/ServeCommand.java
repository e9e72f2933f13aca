package org.harmtrack.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.harmtrack.app.web.ApiServer;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code harmtrack serve}: the HTTP API and the web page over a database, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the web page (map, timeline, incidents with their evidence) and the HTTP API.",
                "Reading is open; POST /api/articles needs the token of --token-file.",
                "The API is described at /api/openapi.json. Stop with Ctrl-C.",
                "Example: harmtrack serve --db harmtrack-data --port 8080"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:usage error", "3:failed (no database, port taken, token file unreadable)"})
public final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the token that POST /api/articles must present (Authorization: Bearer)."
                    + " Without it the API is read-only.")
    Path tokenFile;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw Usage.bad(spec, "--port", "must be within 0..65535, not " + port);
        }
        String token = null;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new CommandFailure("could not read the token file " + tokenFile + ": " + e.getMessage(), e);
            }
            if (token.length() < 16) {
                throw new CommandFailure("the token in " + tokenFile + " is shorter than 16 characters");
            }
        }
        IncidentStore store = Databases.openExisting(database.db);
        ApiServer server = new ApiServer(store, parent.resources().extractor(GeoBias.NONE),
                parent.resources().gazetteer(), token, version());
        int bound;
        try {
            bound = server.start(host, port);
        } catch (RuntimeException e) {
            store.close();
            throw new CommandFailure("could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("harmtrack serving %s on http://%s:%d/ (API at /api, %s)%n", database.db, host,
                bound, token == null ? "read-only" : "writing with the token");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        java.io.PrintWriter out = spec.commandLine().getOut();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            out.println("harmtrack stopped serving " + database.db);
            out.flush();
            stopped.countDown();
            // a stop asked for (SIGTERM, Ctrl-C) that ends cleanly is a success, not the signal's 143: the server
            // and the store are closed, so nothing is lost by ending here
            Runtime.getRuntime().halt(ExitCodes.OK);
        }));
        stopped.await();
        return ExitCodes.OK;
    }

    /** The version in the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = ServeCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
