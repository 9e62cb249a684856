using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>An appendix table: columns and printed rows (group rows and numbered task rows).</summary>
public sealed class TableView
{
    internal TableView(AppendixTable table)
    {
        Title = table.Title;
        ColumnNumbers = table.ColumnNumbers;
        Columns = table.Columns.Select(c => new ColumnView(c)).ToArray();
        Rows = AppendixRow.Flatten(table).Select(r => new RowView(r, table.Columns)).ToArray();
    }

    /// <summary>A caption above the table, or null.</summary>
    public string? Title { get; }

    /// <summary>True to print the "(1)", "(2)" … row under the header (<see cref="AppendixTable.ColumnNumbers"/>).</summary>
    public bool ColumnNumbers { get; }

    /// <summary>The columns.</summary>
    public ColumnView[] Columns { get; }

    /// <summary>The rows in print order.</summary>
    public RowView[] Rows { get; }
}
