using System.Globalization;

namespace CcHc.Docs.Testing;

/// <summary>
/// Per-call choices for a snapshot: where the files go, what they are called, and whether a difference
/// is accepted. Immutable; the <c>Use…</c> methods return changed copies, so one instance can be shared
/// by tests running in parallel. Names follow Verify's conventions
/// (<c>{Directory}/{TypeName}.{MethodName}_{Parameters}.verified.txt</c>).
/// </summary>
public sealed record SnapshotSettings
{
    /// <summary>The environment variable that, set to <c>1</c> or <c>true</c>, accepts every received snapshot.</summary>
    public const string AcceptEnvironmentVariable = "CCHC_ACCEPT_SNAPSHOTS";

    /// <summary>
    /// Whether a new or changed snapshot is written as the verified file (and the test passes) instead of
    /// failing. <c>null</c> (the default) reads <see cref="AcceptEnvironmentVariable"/>.
    /// </summary>
    public bool? AcceptAll { get; init; }

    /// <summary>Folder for the snapshot files; relative paths are taken from the test source file's folder. Default: that folder.</summary>
    public string? Directory { get; init; }

    /// <summary>Replaces the test class name found from the call stack.</summary>
    public string? TypeName { get; init; }

    /// <summary>Replaces the test method name given by the compiler.</summary>
    public string? MethodName { get; init; }

    /// <summary>Replaces the whole <c>{TypeName}.{MethodName}_{Parameters}</c> part of the file names.</summary>
    public string? FileName { get; init; }

    /// <summary>Literal text for the parameter part of the name (after the <c>_</c>); wins over <see cref="ParameterValues"/>.</summary>
    public string? ParametersText { get; init; }

    /// <summary>Values of the test method's parameters, named <c>_name=value</c> in the file name as Verify does.</summary>
    public IReadOnlyList<object?>? ParameterValues { get; init; }

    /// <summary>
    /// Names the files after the values of the test method's first parameters, e.g.
    /// <c>Tests.Renders_template=ke-hoach_plan=vinh-phong.verified.txt</c>, so each [Theory] case has its own snapshot.
    /// </summary>
    public SnapshotSettings UseParameters(params object?[] values) => this with { ParameterValues = values, ParametersText = null };

    /// <summary>Uses <paramref name="text"/> as the parameter part of the file name (<c>Class.Method_{text}</c>).</summary>
    public SnapshotSettings UseTextForParameters(string text) => this with { ParametersText = text };

    /// <summary>Puts the snapshot files in <paramref name="directory"/> (relative to the test source folder unless rooted).</summary>
    public SnapshotSettings UseDirectory(string directory) => this with { Directory = directory };

    /// <summary>Uses <paramref name="typeName"/> instead of the test class name.</summary>
    public SnapshotSettings UseTypeName(string typeName) => this with { TypeName = typeName };

    /// <summary>Uses <paramref name="methodName"/> instead of the test method name.</summary>
    public SnapshotSettings UseMethodName(string methodName) => this with { MethodName = methodName };

    /// <summary>Uses <paramref name="fileName"/> as the whole name before <c>.verified.txt</c>.</summary>
    public SnapshotSettings UseFileName(string fileName) => this with { FileName = fileName };

    /// <summary>Accepts (or, with <c>false</c>, never accepts) differences whatever the environment says.</summary>
    public SnapshotSettings WithAcceptAll(bool accept) => this with { AcceptAll = accept };

    /// <summary>Whether to accept: the explicit setting, else the environment variable.</summary>
    internal bool ShouldAccept(Func<string, string?> readEnvironment) =>
        AcceptAll ?? IsTruthy(readEnvironment(AcceptEnvironmentVariable));

    /// <summary><c>1</c>, <c>true</c>, <c>yes</c> and <c>on</c> (any case) switch the variable on.</summary>
    internal static bool IsTruthy(string? value) =>
        value?.Trim().ToLower(CultureInfo.InvariantCulture) is "1" or "true" or "yes" or "on";
}
