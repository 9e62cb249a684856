using CcHc.Docs.Import.Source;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Import.Parsing;

/// <summary>
/// Reads an appendix table: the header row (columns by their header text), group rows (I, II … with the
/// title spanning the row), task rows numbered 1, 2, 3.1 …, and — in plain text — rows cut by a page break
/// (an empty STT cell continues the row above) and header rows repeated on every page.
/// </summary>
internal static class AppendixTableParser
{
    private sealed class TaskNode
    {
        public Dictionary<int, string> Cells { get; } = [];

        public List<TaskNode> Children { get; } = [];

        public int Paragraph { get; init; }
    }

    private sealed class GroupNode(string title)
    {
        public string Title { get; set; } = title;

        public List<TaskNode> Tasks { get; } = [];
    }

    public static AppendixTable Parse(IReadOnlyList<SourceTable> parts, string? title, string path, ImportNotes notes)
    {
        var first = parts[0];
        var rows = parts.SelectMany(p => p.Rows.Select((r, i) => (Row: Expand(r), Number: i < p.RowNumbers.Count ? p.RowNumbers[i] : p.Number + i))).ToList();
        var header = rows[0].Row.Select(c => c.Replace('\n', ' ').Trim()).ToArray();
        var columns = header.Select(Column).ToArray();
        var numberColumn = Array.FindIndex(columns, c => c.Field == ColumnField.Number);
        FillMergedCells(parts, rows, numberColumn);
        notes.Recognised(first.Number, path + ".columns", $"Bảng {columns.Length} cột: {string.Join(" | ", header)}.");

        var loose = new List<TaskNode>();
        var groups = new List<GroupNode>();
        var path0 = new List<TaskNode>();
        object? previous = null;
        foreach (var (row, number) in rows.Skip(1))
        {
            if (IsHeader(row, header))
            {
                notes.Recognised(number, path, "Dòng tiêu đề bảng lặp lại ở trang sau; bỏ qua.");
                continue;
            }
            var stt = numberColumn >= 0 && numberColumn < row.Length ? row[numberColumn].Trim() : "";
            if (stt.Length > 0 && RomanNumerals.TryFromRoman(stt.TrimEnd('.'), out _))
            {
                var groupTitle = row.Where((_, i) => i != numberColumn).Select(c => c.Trim()).FirstOrDefault(c => c.Length > 0) ?? "";
                var group = new GroupNode(groupTitle);
                groups.Add(group);
                path0.Clear();
                previous = group;
                continue;
            }
            if (stt.Length > 0 && IsRowNumber(stt))
            {
                var depth = stt.TrimEnd('.').Count(c => c == '.') + 1;
                var node = new TaskNode { Paragraph = number };
                for (var i = 0; i < row.Length && i < columns.Length; i++)
                {
                    if (i != numberColumn && row[i].Trim().Length > 0)
                    {
                        node.Cells[i] = row[i].Trim();
                    }
                }
                while (path0.Count >= depth)
                {
                    path0.RemoveAt(path0.Count - 1);
                }
                if (path0.Count < depth - 1)
                {
                    notes.Guess(number, path, $"Dòng số {stt} không có dòng cha; xếp vào cấp gần nhất.");
                }
                var siblings = path0.Count > 0 ? path0[^1].Children : groups.Count > 0 ? groups[^1].Tasks : loose;
                siblings.Add(node);
                path0.Add(node);
                previous = node;
                continue;
            }
            // No STT: the rest of a row cut by a page break.
            switch (previous)
            {
                case TaskNode task:
                    for (var i = 0; i < row.Length && i < columns.Length; i++)
                    {
                        var more = row[i].Trim();
                        if (i != numberColumn && more.Length > 0)
                        {
                            task.Cells[i] = task.Cells.TryGetValue(i, out var had) ? had + " " + more : more;
                        }
                    }
                    notes.Guess(number, path, "Dòng không có STT được nối vào dòng trên (ô bị ngắt trang).");
                    break;
                case GroupNode group:
                    var extra = string.Join(" ", row.Select(c => c.Trim()).Where(c => c.Length > 0));
                    group.Title = (group.Title + " " + extra).Trim();
                    notes.Guess(number, path, "Dòng không có STT được nối vào tên nhóm bên trên.");
                    break;
                default:
                    notes.Guess(number, path, "Dòng không có STT trước dòng đầu tiên; đã bỏ qua.");
                    break;
            }
        }

        var standard = TableColumn.Standard;
        var widths = first.ColumnWidths.Count == columns.Length ? first.ColumnWidths : null;
        // The writer scales a table wider than the page to fit it: standard widths scaled alike are still standard.
        var scale = widths is null || widths[0] == 0 ? 1m : widths[0] / standard[0].Width!.Value;
        var isStandard = columns.Length == standard.Count
            && columns.Select((c, i) => c.Field == standard[i].Field && c.Header == standard[i].Header
                && (widths is null || Math.Abs(widths[i] - (standard[i].Width!.Value * scale)) < 0.3m + (0.02m * standard[i].Width!.Value))).All(x => x);
        // Plain text gives no widths: each column takes the standard width of its field (30 mm for extra columns).
        var finalColumns = isStandard
            ? standard
            : [.. columns.Select((c, i) => c with { Width = widths?[i] ?? standard.FirstOrDefault(s => s.Field == c.Field && c.Field != ColumnField.Extra)?.Width ?? 30 })];

        var layout = new ColumnLayout(finalColumns);
        return new AppendixTable
        {
            Title = title,
            Columns = finalColumns,
            Tasks = [.. loose.Select(t => Build(t, layout))],
            Groups = [.. groups.Select(g => new TaskGroup { Title = g.Title, Tasks = [.. g.Tasks.Select(t => Build(t, layout))] })],
        };
    }

    // A cell merged down over several rows ("Cơ quan chủ trì" shared by three tasks) says the same for each row it
    // covers: its text is copied into the rows below. Not in the STT column, where a merged number would repeat.
    private static void FillMergedCells(IReadOnlyList<SourceTable> parts, List<(string[] Row, int Number)> rows, int numberColumn)
    {
        var sourceRows = parts.SelectMany(p => p.Rows).ToList();
        // From the second data row: a cell merged down from the header row is a two-level header, not a value.
        for (var r = 2; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in sourceRows[r])
            {
                if (cell.Continued && column != numberColumn && column < rows[r - 1].Row.Length)
                {
                    rows[r].Row[column] = rows[r - 1].Row[column];
                }
                column += Math.Max(1, cell.Span);
            }
        }
    }

    // A header row repeated on a later page: every cell as in the first row.
    private static bool IsHeader(string[] row, string[] header)
    {
        if (row.Length != header.Length)
        {
            return false;
        }
        for (var i = 0; i < row.Length; i++)
        {
            if (!string.Equals(row[i].Replace('\n', ' ').Trim(), header[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    // A row's cells on the grid: a merged cell's text at its first column, blanks under the rest.
    private static string[] Expand(IReadOnlyList<SourceCell> row)
    {
        var cells = new List<string>();
        foreach (var cell in row)
        {
            cells.Add(cell.Text);
            for (var i = 1; i < cell.Span; i++)
            {
                cells.Add("");
            }
        }
        return [.. cells];
    }

    private static bool IsRowNumber(string stt) =>
        stt.TrimEnd('.').Split('.').All(part => part.Length is > 0 and <= 5 && part.All(char.IsAsciiDigit));

    private static PlanTask Build(TaskNode node, ColumnLayout columns)
    {
        string? Field(ColumnField field) =>
            columns.IndexOf(field) is var index and >= 0 && node.Cells.TryGetValue(index, out var value) ? value : null;
        var extra = new List<KeyValuePair<string, string>>();
        foreach (var (index, key) in columns.Extras)
        {
            if (node.Cells.TryGetValue(index, out var value))
            {
                extra.Add(new KeyValuePair<string, string>(key, value));
            }
        }
        return new PlanTask
        {
            Text = Field(ColumnField.Task) ?? "",
            Product = Field(ColumnField.Product),
            Lead = Field(ColumnField.Lead),
            Support = Field(ColumnField.Support),
            Deadline = Field(ColumnField.Deadline),
            Extra = extra.Count == 0 ? [] : [.. extra],
            Subtasks = node.Children.Count == 0 ? [] : [.. node.Children.Select(c => Build(c, columns))],
        };
    }

    // Where each field's column is, worked out once per table rather than once per task.
    private sealed class ColumnLayout
    {
        private readonly Dictionary<ColumnField, int> first = [];

        public ColumnLayout(IReadOnlyList<TableColumn> columns)
        {
            var extras = new List<(int, string)>();
            for (var i = 0; i < columns.Count; i++)
            {
                first.TryAdd(columns[i].Field, i);
                if (columns[i].Field == ColumnField.Extra)
                {
                    extras.Add((i, columns[i].Key ?? columns[i].Header));
                }
            }
            Extras = extras;
        }

        public IReadOnlyList<(int Index, string Key)> Extras { get; }

        public int IndexOf(ColumnField field) => first.TryGetValue(field, out var index) ? index : -1;
    }

    private static TableColumn Column(string header)
    {
        var lower = VietnameseCase.ToLower(header);
        var field = lower switch
        {
            "stt" or "tt" or "số tt" => ColumnField.Number,
            _ when lower.Contains("chủ trì", StringComparison.Ordinal) => ColumnField.Lead,
            _ when lower.Contains("phối hợp", StringComparison.Ordinal) => ColumnField.Support,
            _ when lower.Contains("sản phẩm", StringComparison.Ordinal) => ColumnField.Product,
            _ when lower.Contains("thời gian", StringComparison.Ordinal) || lower.Contains("thời hạn", StringComparison.Ordinal) => ColumnField.Deadline,
            _ when lower.Contains("nhiệm vụ", StringComparison.Ordinal) || lower.Contains("nội dung", StringComparison.Ordinal)
                || lower.Contains("giải pháp", StringComparison.Ordinal) => ColumnField.Task,
            _ => ColumnField.Extra,
        };
        return new TableColumn { Field = field, Header = header, Key = field == ColumnField.Extra ? header : null };
    }
}
