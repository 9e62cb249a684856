namespace CcHc.Docs.Cli;

/// <summary>
/// Where a command writes and what it may learn of its surroundings. Commands never touch
/// <see cref="Console"/> directly, so tests run them in-process with their own writers and PATH.
/// </summary>
/// <param name="Out">Results: markup, diagnostics, progress.</param>
/// <param name="Error">Errors, formatted <c>file(line,col): error: message</c>.</param>
/// <param name="IsOutputRedirected">True to print plain lines (no progress display rewriting one line).</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable (PATH, to find LibreOffice).</param>
internal sealed record CliConsole(
    TextWriter Out,
    TextWriter Error,
    bool IsOutputRedirected,
    Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>The process console and environment.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, Console.IsOutputRedirected, Environment.GetEnvironmentVariable);
}
