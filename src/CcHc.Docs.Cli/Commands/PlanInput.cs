using CcHc.Docs.Cli.Output;
using CcHc.Docs.IO;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Cli.Commands;

/// <summary>Reads plan files for the commands, turning a missing file into a usage error rather than an exception.</summary>
internal static class PlanInput
{
    /// <summary>
    /// Reads <paramref name="path"/> with its source map, or reports why not and returns null with the exit code.
    /// </summary>
    public static PlanDocument? TryRead(string path, ErrorReporter errors, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (Directory.Exists(path))
        {
            errors.Unlocated(path, "is a folder; give a plan file (.yaml, .yml or .json).");
            exitCode = ExitCodes.Usage;
            return null;
        }
        if (!File.Exists(path))
        {
            errors.Unlocated(path, "file not found.");
            exitCode = ExitCodes.Usage;
            return null;
        }
        if (FileKinds.Of(path) is var kind and not FileKind.Regular)
        {
            errors.Unlocated(path, $"is {FileKinds.Describe(kind)}, not a regular file; give a plan file (.yaml, .yml or .json).");
            exitCode = ExitCodes.Usage;
            return null;
        }
        try
        {
            return PlanReader.ReadFileDocument(path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            exitCode = errors.Report(e, path);
            return null;
        }
    }
}
