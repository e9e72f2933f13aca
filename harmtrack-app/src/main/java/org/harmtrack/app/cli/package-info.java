/**
 * The {@code harmtrack} commands (picocli): their options, usage errors, exit codes and console output. The
 * commands parse and report; reading, storing and formatting live in the other packages of the application.
 */
package org.harmtrack.app.cli;
