namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// A table column width: either absolute millimetres ("12mm") or a relative share ("3*") of what
/// the absolute columns leave of the text width.
/// </summary>
public readonly record struct ColumnWidth
{
    private ColumnWidth(double value, bool isRelative)
    {
        Value = value;
        IsRelative = isRelative;
    }

    /// <summary>Millimetres when <see cref="IsRelative"/> is false, otherwise a share.</summary>
    public double Value { get; }

    /// <summary>True for a relative ("*") width.</summary>
    public bool IsRelative { get; }

    /// <summary>An absolute width in millimetres (greater than 0).</summary>
    public static ColumnWidth Millimetres(double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return new ColumnWidth(value, false);
    }

    /// <summary>A relative share (greater than 0).</summary>
    public static ColumnWidth Relative(double share)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        return new ColumnWidth(share, true);
    }
}
