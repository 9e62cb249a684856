using System.Diagnostics;
using System.Text;

namespace CcHc.Docs.PackageTests;

/// <summary>What a child process printed and returned.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    public override string ToString() => $"$ {Command}\n(exit {ExitCode})\n{Output}";
}

/// <summary>
/// Runs <c>dotnet</c> (or an installed tool) as a child process with a time limit, without the MSBuild
/// variables the test host inherits from <c>dotnet test</c>, which would steer a nested build.
/// </summary>
internal static class DotnetProcess
{
    /// <summary>The dotnet executable running the tests, else the one on PATH.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : "dotnet";

    public static ProcessResult Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in start.Environment.Keys.Where(IsInheritedBuildVariable).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var command = program + " " + string.Join(' ', start.ArgumentList);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(command, -1, $"timed out after {timeout.TotalSeconds:0} s\n{Text(output)}");
        }
        process.WaitForExit();
        return new ProcessResult(command, process.ExitCode, Text(output));
    }

    /// <summary>Runs and fails the test, showing the command and its output, unless it exits 0.</summary>
    public static ProcessResult RunOrFail(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = Run(program, arguments, workingDirectory, timeout, environment);
        Assert.True(result.ExitCode == 0, $"Command failed:\n{result}");
        return result;
    }

    private static bool IsInheritedBuildVariable(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            // Keep the end, where build and restore errors are, when the output is long.
            var text = output.ToString();
            return text.Length > 20_000 ? "…" + text[^20_000..] : text;
        }
    }
}
