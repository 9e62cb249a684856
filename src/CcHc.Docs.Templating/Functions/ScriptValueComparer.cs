namespace CcHc.Docs.Templating.Functions;

/// <summary>Equality of script values for sets and lookups (numbers equal across types: <c>1 == 1.0</c>).</summary>
internal sealed class ScriptValueComparer : IEqualityComparer<object?>
{
    /// <summary>The shared instance.</summary>
    public static readonly ScriptValueComparer Instance = new();

    private ScriptValueComparer()
    {
    }

    /// <inheritdoc/>
    public new bool Equals(object? x, object? y) => ScriptValues.AreEqual(x, y);

    /// <inheritdoc/>
    public int GetHashCode(object? obj) => ScriptValues.HashOf(obj);
}
