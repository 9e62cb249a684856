using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using CcHc.Docs.Cli.Output;

namespace CcHc.Docs.Cli;

/// <summary>
/// The <c>cchc</c> command line as a callable method: parses the arguments, runs the command and returns
/// the exit code (0 success, 1 the plan has errors, 2 bad usage or unreadable input; see docs/cli.md).
/// </summary>
public static class CliApp
{
    /// <summary>
    /// Runs <c>cchc</c> with <paramref name="args"/>, writing results to <paramref name="stdout"/> and errors to
    /// <paramref name="stderr"/>. Output counts as redirected: plain lines, no progress display.
    /// </summary>
    /// <param name="args">The arguments, without the program name (e.g. <c>["render", "plan.yaml"]</c>).</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="cancellationToken">Cancels a running command; the exit code is then 130.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var console = new CliConsole(stdout, stderr, IsOutputRedirected: true, Environment.GetEnvironmentVariable);
        return RunAsync(args, console, handleTermination: false, cancellationToken);
    }

    internal static async Task<int> RunAsync(string[] args, CliConsole console, bool handleTermination, CancellationToken cancellationToken)
    {
        var root = CliRoot.Create(console);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"cchc: error: {error.Message}");
            }
            var command = CommandPath(parse.CommandResult);
            console.Error.WriteLine($"Run 'cchc {(command.Length == 0 ? "" : command + " ")}--help' for usage.");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = handleTermination ? TimeSpan.FromSeconds(10) : null,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("cchc: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            return new ErrorReporter(console.Error).Report(e, file: null);
        }
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current.Parent is CommandResult parent; current = parent)
        {
            names.Insert(0, current.Command.Name);
        }
        return string.Join(' ', names);
    }
}
