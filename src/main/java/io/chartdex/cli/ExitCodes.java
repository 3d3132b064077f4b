package io.chartdex.cli;

/** The exit codes of every chartdex command: scripts may rely on them. */
public final class ExitCodes {
  /** Everything asked for was done. */
  public static final int OK = 0;

  /** The run finished but some inputs failed (each is reported); or a search found nothing. */
  public static final int PARTIAL = 1;

  /** Bad usage: an unknown option, a malformed query or filter. */
  public static final int USAGE = 2;

  /** index-config cannot be used. */
  public static final int CONFIG = 3;

  /**
   * An input, the index or the JDK could not be used (missing path, index held by another process).
   */
  public static final int IO = 4;

  private ExitCodes() {}
}
