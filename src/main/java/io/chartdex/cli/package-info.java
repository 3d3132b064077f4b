/**
 * The command line: {@code chartdex parse | index | search | serve}. Commands are thin: they parse
 * arguments, call the engine (or the parser) and hand the data they get back to a printer. Exit
 * codes are part of the interface scripts rely on (see {@link io.chartdex.cli.ExitCodes}).
 */
package io.chartdex.cli;
