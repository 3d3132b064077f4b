package io.chartdex.cli;

import io.chartdex.config.ConfigException;
import io.chartdex.opensearch.MappingMismatchException;
import io.chartdex.opensearch.OpenSearchException;
import io.chartdex.search.InvalidQueryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code chartdex} command. Maps failures to the documented {@link ExitCodes} in one place, so
 * every subcommand reports errors the same way: one line on stderr saying what is wrong.
 */
@Command(
    name = "chartdex",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Search engine for chart descriptions: parse, index and search them.",
    subcommands = {
      ParseCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      ReindexCommand.class
    })
public final class ChartdexCli {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code (tests call this instead of main). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line; out and err may be redirected by the caller. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ChartdexCli());
    cli.setExecutionExceptionHandler(ChartdexCli::handle);
    cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    return cli;
  }

  private static int handle(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    int code = exitCode(e);
    err.println("chartdex " + command.getCommandName() + ": " + message(e));
    if (code == ExitCodes.IO && e.getCause() != null && !(e instanceof IOException)) {
      err.println("  caused by: " + e.getCause());
    }
    err.flush();
    return code;
  }

  private static int exitCode(Exception e) {
    if (e instanceof InvalidQueryException || e instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof ConfigException || e instanceof MappingMismatchException) {
      return ExitCodes.CONFIG;
    }
    if (e instanceof IOException
        || e instanceof UncheckedIOException
        || e instanceof OpenSearchException) {
      return ExitCodes.IO;
    }
    return CommandLine.ExitCode.SOFTWARE;
  }

  private static String message(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException nsf) {
      return nsf.getReason() == null
          ? "no such file or directory: " + nsf.getFile()
          : nsf.getFile() + ": " + nsf.getReason();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
