using System.Collections;

namespace CcHc.Docs.Templating.Runtime;

/// <summary>
/// The value of a range expression <c>a..b</c> (inclusive) or <c>a..&lt;b</c> (exclusive): a lazy,
/// read-only list of <see cref="int"/> values, ascending or descending.
/// </summary>
public sealed class ScriptRange : IReadOnlyList<object?>
{
    /// <summary>Creates the range from <paramref name="from"/> with <paramref name="count"/> items stepping by <paramref name="step"/> (1 or -1).</summary>
    public ScriptRange(int from, int count, int step)
    {
        From = from;
        Count = Math.Max(0, count);
        Step = step;
    }

    /// <summary>The first value.</summary>
    public int From { get; }

    /// <summary>+1 or -1.</summary>
    public int Step { get; }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public object? this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return From + (index * Step);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return From + (i * Step);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
