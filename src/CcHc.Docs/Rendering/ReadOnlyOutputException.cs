namespace CcHc.Docs.Rendering;

/// <summary>
/// The output file exists and is read-only, so it is not replaced: someone protected it on purpose.
/// Make it writable, delete it, or (in <c>cchc</c>) pass <c>--force</c>.
/// </summary>
public sealed class ReadOnlyOutputException : UnauthorizedAccessException
{
    /// <summary>Creates the exception for the output <paramref name="path"/>.</summary>
    public ReadOnlyOutputException(string path)
        : base($"The output '{path}' is read-only; make it writable or delete it to replace it.")
    {
        Path = path;
    }

    /// <summary>The output as the caller named it.</summary>
    public string Path { get; }
}
