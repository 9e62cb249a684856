using System.Globalization;

namespace CcHc.Docs.Serialization;

/// <summary>Raised while building the tree when the input is too large, too deep or malformed.</summary>
internal sealed class TreeBuildException(SourcePosition position, string message) : Exception(message)
{
    public SourcePosition Position { get; } = position;
}

/// <summary>Counts nodes (aliases expanded) and checks nesting depth against <see cref="PlanReaderOptions"/>.</summary>
internal sealed class TreeLimits(PlanReaderOptions options)
{
    private long _nodes;

    /// <summary>Adds <paramref name="count"/> nodes to the total; fails once it passes the limit.</summary>
    public void AddNodes(long count, SourcePosition position)
    {
        _nodes = count > options.MaxNodes || _nodes + count > options.MaxNodes ? long.MaxValue : _nodes + count;
        if (_nodes > options.MaxNodes)
        {
            throw new TreeBuildException(position, string.Format(CultureInfo.InvariantCulture,
                "the document holds more than {0:N0} values once aliases are expanded; " +
                "this looks like an alias bomb. Write the values out, or raise PlanReaderOptions.MaxNodes", options.MaxNodes));
        }
    }

    /// <summary>Fails when a node at <paramref name="depth"/> (the root is at 1) is nested too deeply.</summary>
    public void CheckDepth(long depth, SourcePosition position)
    {
        if (depth > options.MaxDepth)
        {
            throw new TreeBuildException(position, string.Format(CultureInfo.InvariantCulture,
                "lists and mappings are nested more than {0} levels deep; " +
                "flatten the structure, or raise PlanReaderOptions.MaxDepth", options.MaxDepth));
        }
    }

    /// <summary>Fails when the text is larger than the limit, before any parsing.</summary>
    public static void CheckSize(long bytes, PlanReaderOptions options)
    {
        if (bytes > options.MaxBytes)
        {
            throw new TreeBuildException(new SourcePosition(1, 1), string.Format(CultureInfo.InvariantCulture,
                "the file is {0:N0} bytes, more than the limit of {1:N0}; " +
                "a plan is far smaller, so check that this is the right file, or raise PlanReaderOptions.MaxBytes", bytes, options.MaxBytes));
        }
    }
}
