namespace CcHc.Docs.Serialization;

/// <summary>
/// Where each value of a plan was written: maps a plan path (see <see cref="PlanPath"/>) to a file location,
/// so that a validator can report a diagnostic at the line that holds the offending value.
/// </summary>
public sealed class PlanSourceMap
{
    private readonly IReadOnlyDictionary<string, SourceLocation> _locations;

    internal PlanSourceMap(string? file, IReadOnlyDictionary<string, SourceLocation> locations)
    {
        File = file;
        _locations = locations;
    }

    /// <summary>The file name given to the reader, or null.</summary>
    public string? File { get; }

    /// <summary>Every path that was written in the file.</summary>
    public IEnumerable<string> Paths => _locations.Keys;

    /// <summary>The location of exactly <paramref name="path"/>, if the file wrote a value there.</summary>
    public bool TryGetLocation(string path, out SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _locations.TryGetValue(path, out location!);
    }

    /// <summary>
    /// The location of <paramref name="path"/>, or of the nearest enclosing value the file wrote
    /// (a property left out, or computed, is reported at the mapping that would hold it); line 1,
    /// column 1 when nothing encloses it.
    /// </summary>
    public SourceLocation Locate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (string? current = path; current is not null; current = PlanPath.Parent(current))
        {
            if (_locations.TryGetValue(current, out var location))
            {
                return location;
            }
        }
        return new SourceLocation(File, 1, 1);
    }
}
