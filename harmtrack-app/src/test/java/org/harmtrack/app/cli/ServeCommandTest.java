package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmtrack.app.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmtrack serve} refuses to start, naming why, rather than serve the wrong thing. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithoutADatabaseIsNamed() {
        Cli.Result r = Cli.run("serve", "--db", dir.resolve("nothing").toString(), "--port", "0");
        assertEquals(ExitCodes.FAILED, r.exitCode(), r::toString);
        assertTrue(r.err().contains("no harmtrack database in"), r::toString);
    }

    @Test
    void aShortTokenAndABadPortAreRefused() throws IOException {
        Path token = Files.writeString(dir.resolve("token"), "short");
        Cli.Result shortToken = Cli.run("serve", "--db", dir.toString(), "--token-file", token.toString());
        assertEquals(ExitCodes.FAILED, shortToken.exitCode(), shortToken::toString);
        assertTrue(shortToken.err().contains("shorter than 16 characters"), shortToken::toString);
        Cli.Result port = Cli.run("serve", "--db", dir.toString(), "--port", "70000");
        assertEquals(ExitCodes.USAGE, port.exitCode(), port::toString);
        assertTrue(port.err().contains("--port") && port.err().contains("70000"), port::toString);
    }
}
