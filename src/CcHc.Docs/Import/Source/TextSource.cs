using System.Text;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// Reads plain text (as extracted from a PDF or a web page): one paragraph per non-empty line; lines
/// holding tabs are table rows, and consecutive rows (blank lines between them allowed) form one table.
/// Paragraph numbers are line numbers.
/// </summary>
internal static class TextSource
{
    public static SourceDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<SourceBlock>();
        List<IReadOnlyList<SourceCell>>? rows = null;
        var rowNumbers = new List<int>();
        var tableStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var number = i + 1;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                if (rows is null)
                {
                    rows = [];
                    rowNumbers = [];
                    tableStart = number;
                }
                rowNumbers.Add(number);
                rows.Add(line.Split('\t').Select(c => new SourceCell([Paragraph(number, c.Trim(), false)])).ToArray());
                continue;
            }
            if (rows is not null)
            {
                blocks.Add(new SourceTable { Number = tableStart, Rows = rows, RowNumbers = rowNumbers });
                rows = null;
            }
            blocks.Add(Paragraph(number, line.Trim(), false));
        }
        if (rows is not null)
        {
            blocks.Add(new SourceTable { Number = tableStart, Rows = rows, RowNumbers = rowNumbers });
        }
        return new SourceDocument(blocks, []);
    }

    private static SourceParagraph Paragraph(int number, string text, bool afterBlank) =>
        new() { Number = number, Text = text, AfterBreak = afterBlank };
}
