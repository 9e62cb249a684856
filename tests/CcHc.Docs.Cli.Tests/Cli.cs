namespace CcHc.Docs.Cli.Tests;

/// <summary>What one in-process run of cchc returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>Runs cchc in-process, as the tests' user would type it.</summary>
internal static class Cli
{
    /// <summary>Through the public entry point: output redirected, the process environment.</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>With a chosen terminal mode, PATH and cancellation.</summary>
    public static async Task<CliResult> RunAsync(string[] args, bool terminal, string? path = null, CancellationToken cancellationToken = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, IsOutputRedirected: !terminal,
            name => name == "PATH" && path is not null ? path : Environment.GetEnvironmentVariable(name));
        var code = await CliApp.RunAsync(args, console, handleTermination: false, cancellationToken);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
