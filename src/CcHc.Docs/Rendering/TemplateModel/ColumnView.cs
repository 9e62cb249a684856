using System.Globalization;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>A table column: header and width.</summary>
public sealed class ColumnView
{
    internal ColumnView(TableColumn column)
    {
        Header = column.Header;
        Width = column.Width?.ToString(CultureInfo.InvariantCulture);
        Field = column.Field.ToString().ToLowerInvariant();
    }

    /// <summary>The header text.</summary>
    public string Header { get; }

    /// <summary>Width in millimetres (invariant digits), or null to share the rest.</summary>
    public string? Width { get; }

    /// <summary>"number", "task", "product", "lead", "support", "deadline", "supervisor", "funding", "note" or "extra".</summary>
    public string Field { get; }
}
