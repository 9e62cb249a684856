namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// The arguments of a call that has named arguments: the positional ones as the list, the named ones in <see cref="Named"/>.
/// </summary>
public sealed class ScriptArguments : IReadOnlyList<object?>
{
    private readonly IReadOnlyList<object?> _positional;

    /// <summary>Creates the argument list of one call.</summary>
    public ScriptArguments(IReadOnlyList<object?> positional, IReadOnlyList<KeyValuePair<string, object?>>? named)
    {
        _positional = positional;
        Named = named ?? Array.Empty<KeyValuePair<string, object?>>();
    }

    /// <summary>The named arguments, as written in the call (name without <c>:</c>), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Named { get; }

    /// <inheritdoc/>
    public object? this[int index] => _positional[index];

    /// <inheritdoc/>
    public int Count => _positional.Count;

    /// <summary>Finds a named argument by name (ordinal).</summary>
    public bool TryGetNamed(string name, out object? value)
    {
        foreach (var pair in Named)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator() => _positional.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
