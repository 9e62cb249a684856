using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace CcHc.Docs.Testing.Approval;

/// <summary>
/// Where a snapshot lives: <c>{Directory}/{TypeName}.{MethodName}_{Parameters}.received.txt</c> and
/// <c>….verified.txt</c>, the names Verify uses, so files move between the two tools unchanged.
/// </summary>
internal sealed record SnapshotTarget(string Directory, string BaseName)
{
    public string VerifiedPath => Path.Combine(Directory, BaseName + ".verified.txt");

    public string ReceivedPath => Path.Combine(Directory, BaseName + ".received.txt");

    public static SnapshotTarget Resolve(SnapshotSettings settings, StackTrace stack, string sourceFile, string memberName)
    {
        var directory = ResolveDirectory(settings.Directory, sourceFile);
        if (settings.FileName is { } fileName) return new SnapshotTarget(directory, Sanitize(fileName));

        var methodName = settings.MethodName ?? memberName;
        if (string.IsNullOrEmpty(methodName))
            throw new ArgumentException("The test method name is unknown; pass it with SnapshotSettings.UseMethodName(…).", nameof(memberName));
        var (type, typeName) = TestIdentity.Resolve(stack, memberName, sourceFile);
        typeName = settings.TypeName ?? typeName;
        var parameters = settings.ParametersText is { } text ? text
            : settings.ParameterValues is { Count: > 0 } values ? ParameterText(type, memberName, values)
            : null;
        var baseName = typeName + "." + methodName + (parameters is null ? "" : "_" + parameters);
        return new SnapshotTarget(directory, Sanitize(baseName));
    }

    private static string ResolveDirectory(string? configured, string sourceFile)
    {
        if (configured is not null && Path.IsPathRooted(configured)) return configured;
        var sourceDirectory = string.IsNullOrEmpty(sourceFile) ? null : Path.GetDirectoryName(sourceFile);
        if (sourceDirectory is not null && !System.IO.Directory.Exists(sourceDirectory))
            sourceDirectory = Unmap(sourceDirectory, AppContext.BaseDirectory) ?? sourceDirectory;
        if (sourceDirectory is null || !System.IO.Directory.Exists(sourceDirectory))
        {
            throw new InvalidOperationException(
                $"The test source folder '{sourceDirectory}' (from [CallerFilePath] '{sourceFile}') does not exist on this machine, " +
                "so the snapshot files cannot be placed beside the test. This happens when the build maps source paths " +
                "(ContinuousIntegrationBuild / PathMap). Build the tests without path mapping, or give a rooted folder " +
                "with SnapshotSettings.UseDirectory(…).");
        }
        return configured is null ? sourceDirectory : Path.GetFullPath(Path.Combine(sourceDirectory, configured));
    }

    /// <summary>
    /// A deterministic CI build maps the repository root to <c>/_/</c> (or <c>/_1/</c>, …) in [CallerFilePath].
    /// The real folder is found by trying the mapped-away part under each ancestor of the test binaries' folder.
    /// </summary>
    internal static string? Unmap(string mappedDirectory, string baseDirectory)
    {
        var normalized = mappedDirectory.Replace('\\', '/');
        if (!normalized.StartsWith("/_", StringComparison.Ordinal)) return null;
        var slash = normalized.IndexOf('/', 1);
        if (slash < 0) return null;
        var prefix = normalized[1..slash];
        if (prefix.Any(c => c != '_' && !char.IsDigit(c))) return null;
        var relative = normalized[(slash + 1)..];
        for (var candidate = new DirectoryInfo(baseDirectory); candidate is not null; candidate = candidate.Parent)
        {
            var combined = Path.Combine(candidate.FullName, relative);
            if (System.IO.Directory.Exists(combined)) return combined;
        }
        return null;
    }

    /// <summary>Verify's parameter naming: <c>name1=value1_name2=value2</c>, names taken from the test method.</summary>
    private static string ParameterText(Type? type, string memberName, IReadOnlyList<object?> values)
    {
        var names = ParameterNames(type, memberName, values.Count);
        return string.Join("_", values.Select((value, i) => (names is null ? "" : names[i] + "=") + Format(value)));
    }

    private static string[]? ParameterNames(Type? type, string memberName, int count)
    {
        if (type is null) return null;
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var candidates = type.GetMethods(all).Where(method => method.Name == memberName).ToList();
        if (candidates.Count == 0) return null;
        var method = candidates.Where(candidate => candidate.GetParameters().Length >= count)
            .OrderBy(candidate => candidate.GetParameters().Length)
            .FirstOrDefault();
        if (method is null)
        {
            var most = candidates.Max(candidate => candidate.GetParameters().Length);
            throw new ArgumentException(
                $"UseParameters got {count} values but {type.Name}.{memberName} has only {most} parameter(s). Pass at most one value per parameter, in order.");
        }
        return method.GetParameters().Take(count).Select(parameter => parameter.Name ?? "arg").ToArray();
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable sequence => string.Join(",", sequence.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "",
    };

    /// <summary>Characters that cannot appear in a file name become <c>-</c>, as in Verify.</summary>
    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '-' : c).ToArray());
    }
}
