using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Tests.Examples;

/// <summary>
/// Checks examples/plans/vinh-phong-par-sipas-papi-2026.yaml against the text it was transcribed from
/// (../shared/seeds/vinh-phong-par-sipas-papi-2026.txt): the expected values are read from the seed at
/// test time, so a transcription slip or a lost row fails here.
/// </summary>
public sealed class VinhPhongParSipasPapiTests
{
    private const string Name = "vinh-phong-par-sipas-papi-2026";

    private static readonly Regex AppendixLabel = new(@"^Phụ lục \S+$");
    private static readonly Regex RowNumber = new(@"^([IVX]+|\d+|\d+\.\d+)$");
    private static readonly Regex TypedSubRow = new(@"^(\d+\.\d+)\. (.+)$");

    private static readonly Lazy<IReadOnlyList<string>> Seed = new(() => SeedText.ReadLines(Name + ".txt"));

    private static readonly Lazy<Plan> Example = new(() =>
        PlanReader.ReadFile(SeedText.ExamplePlanPath(Name + ".yaml")));

    private static IReadOnlyList<string> Lines => Seed.Value;

    private static Plan Plan => Example.Value;

    [Fact]
    public void Letterhead_ComesFromTheNumberAndDateLines()
    {
        var number = Regex.Match(Lines.Single(l => l.StartsWith("Số:", StringComparison.Ordinal)), @"^Số: (\d+) /(\S+)$");
        var date = Regex.Match(Lines.Single(l => l.Contains(", ngày ", StringComparison.Ordinal)), @"^(.+), ngày (\d+) tháng (\d+) năm (\d+)$");
        Assert.True(number.Success && date.Success);

        Assert.Equal(int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture), Plan.Letterhead.Number);
        Assert.Equal(number.Groups[2].Value, Plan.Letterhead.Symbol);
        Assert.Equal(date.Groups[1].Value, Plan.Letterhead.Place);
        Assert.Equal(new DateOnly(Int(date, 4), Int(date, 3), Int(date, 2)), Plan.Letterhead.Date);
        Assert.Equal("Ủy ban nhân dân xã " + date.Groups[1].Value, Plan.Letterhead.Issuer);
        Assert.Null(Plan.Letterhead.ParentBody); // NĐ30: no cơ quan chủ quản above a UBND xã
    }

    [Fact]
    public void Title_IsTheLineAfterKeHoach()
    {
        var at = IndexOf("KẾ HOẠCH");
        Assert.Equal("Kế hoạch", Plan.Title.Kind);
        Assert.Equal(NextNonEmpty(at).Text, Plan.Title.Summary);
    }

    [Fact]
    public void BasisAndPreamble_RebuildTheOpeningParagraph()
    {
        // The original runs the căn cứ and the opening sentence together in one paragraph.
        var basis = Assert.Single(Plan.Bases);
        Assert.Null(basis.Text); // the computed line is the original's, so no override is needed
        var date = basis.Date!.Value;
        var computed = $"Căn cứ {basis.Kind} số {basis.Number} ngày {date.Day} tháng {date.Month} năm {date.Year} của {basis.Issuer} {basis.Subject}.";

        Assert.Equal(Lines.Single(l => l.StartsWith("Căn cứ ", StringComparison.Ordinal)), computed + " " + Plan.Preamble);
    }

    [Fact]
    public void TopLevelSections_AreTheSeedsRomanHeadings()
    {
        var expected = Lines.Where(SeedText.IsRomanHeading).Select(l => l[(l.IndexOf(". ", StringComparison.Ordinal) + 2)..]).ToArray();

        Assert.Equal(3, expected.Length);
        Assert.Equal(expected, Plan.Sections.Select(s => SeedText.HeadingOf(s) ?? "").ToArray());
    }

    [Fact]
    public void Body_IsTheSeedsBodyLineByLine()
    {
        // Every heading (with its computed label), paragraph and bullet, in order; page-break fragments in
        // the seed are joined to the line they continue (see SeedText.JoinPageBreaks).
        var expected = SeedText.BodyLines(Lines);

        // 77 non-empty seed lines from "I. MỤC ĐÍCH, YÊU CẦU" to the closing, less 3 page-break fragments
        Assert.Equal(74, expected.Count);
        Assert.Equal(expected, SeedText.Outline(Plan));
    }

    [Fact]
    public void Closing_IsTheSeedsSentence_WithNoEndMarkAdded()
    {
        var closing = Assert.IsType<Closing>(Plan.Closing);
        Assert.Equal(Lines.Single(l => l.StartsWith("Trên đây là ", StringComparison.Ordinal)), closing.Text);
        Assert.False(closing.EndMark); // the original has no "./." and none may be added
    }

    [Fact]
    public void Recipients_AndArchive_AreTheNoiNhanLines()
    {
        var start = IndexOf("Nơi nhận:");
        var lines = Lines.Skip(start + 1).TakeWhile(l => l.Length == 0 || l.StartsWith("- ", StringComparison.Ordinal))
            .Where(l => l.Length > 0).ToArray();
        var archive = lines.Single(l => l.StartsWith("- Lưu: ", StringComparison.Ordinal));
        var recipients = lines.Where(l => l != archive).Select(l => l[2..].TrimEnd(';')).ToArray();

        Assert.Equal(10, recipients.Length);
        Assert.Equal(recipients, Plan.Recipients);
        Assert.Equal(archive["- Lưu: ".Length..].TrimEnd('.').Split(", "), Plan.Archive);
    }

    [Fact]
    public void Signer_IsTheNameAfterNoiNhan_AndTheOriginalHasNoAuthorityLines()
    {
        var archive = Lines.ToList().FindIndex(l => l.StartsWith("- Lưu: ", StringComparison.Ordinal));
        var name = NextNonEmpty(archive).Text;
        var appendix = IndexOf("Phụ lục 1");
        var block = Lines.Skip(archive + 1).Take(appendix - archive - 1).Where(l => l.Length > 0).ToArray();

        Assert.Equal(name, Plan.Signature.Name);
        Assert.DoesNotContain(block, l => AuthorityLine.Parse(l).Kind != AuthorityKind.None);
        Assert.Empty(Plan.Signature.Authority);
        Assert.Null(Plan.Signature.Position);
        // "T. AN GIANG" after the name is stray text (seal residue), left out of the plan.
        Assert.Equal(new[] { "T. AN GIANG" }, block.Skip(Array.IndexOf(block, name) + 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Appendix_HasTheSeedsLabelTitleCaptionAndHeaders(int index)
    {
        var seed = Appendices()[index];
        var appendix = Plan.Appendices[index];
        var table = Assert.Single(appendix.Tables);

        Assert.Equal(2, Plan.Appendices.Count);
        Assert.Equal(seed.Label, appendix.Label);
        Assert.Equal(seed.Title, appendix.Title);
        Assert.Equal(seed.Caption, appendix.Caption);
        Assert.Equal(seed.Header, table.Columns.Select(c => c.Header));
        Assert.Equal(TableColumn.Standard.Select(c => c.Field), table.Columns.Select(c => c.Field));
    }

    [Theory]
    [InlineData(0, 62)]
    [InlineData(1, 37)]
    public void AppendixTable_HasEveryRowOfTheSeed(int index, int rows)
    {
        var expected = Appendices()[index].Rows;
        var actual = Flatten(Assert.Single(Plan.Appendices[index].Tables));

        // group rows + task rows + sub-rows; the literal pins the count the seed gave when transcribed
        Assert.Equal(rows, expected.Count);
        Assert.Equal(expected.Count, actual.Count);
        // STT column, e.g. "I 1 2 3 3.1 3.2 3.3 4 4.1 …", as one string so that a misplaced row shows where
        Assert.Equal(string.Join(" ", expected.Select(r => r.Label)), string.Join(" ", actual.Select(r => r.Label)));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void Plan_RoundTripsThroughYamlAndJson()
    {
        Assert.Equal(Plan, PlanReader.ReadYaml(PlanWriter.WriteYaml(Plan)));
        Assert.Equal(Plan, PlanReader.ReadJson(PlanWriter.WriteJson(Plan)));
    }

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int IndexOf(string line)
    {
        var index = Lines.ToList().IndexOf(line);
        Assert.True(index >= 0, $"'{line}' not in the seed");
        return index;
    }

    private static (string Text, int Index) NextNonEmpty(int after)
    {
        for (var i = after + 1; i < Lines.Count; i++)
        {
            if (Lines[i].Length > 0)
            {
                return (Lines[i], i);
            }
        }
        throw new InvalidOperationException($"nothing after line {after + 1}");
    }

    private static List<SeedAppendix> Appendices()
    {
        var starts = Enumerable.Range(0, Lines.Count).Where(i => AppendixLabel.IsMatch(Lines[i])).ToList();
        var result = new List<SeedAppendix>();
        for (var a = 0; a < starts.Count; a++)
        {
            var title = NextNonEmpty(starts[a]);
            var caption = NextNonEmpty(title.Index);
            var header = NextNonEmpty(caption.Index);
            var end = a + 1 < starts.Count ? starts[a + 1] : Lines.Count;
            var rows = ReadRows(Lines.Skip(header.Index + 1).Take(end - header.Index - 1), header.Text);
            result.Add(new SeedAppendix(Lines[starts[a]], title.Text, caption.Text, header.Text.Split('\t'), rows));
        }
        return result;
    }

    /// <summary>The table rows of the seed: a line that starts with a Roman numeral, a number or a tab.</summary>
    private static List<Row> ReadRows(IEnumerable<string> lines, string header)
    {
        var rows = new List<string[]>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line == header)
            {
                continue; // blank lines and the header row, which the extraction repeats at each page break
            }
            // Spaces before a tab stand where the conversion dropped a closing HTML tag: trimmed.
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            Assert.Equal(6, cells.Length);
            if (cells[0].Length > 0)
            {
                Assert.Matches(RowNumber, cells[0]); // a group (I), task (1) or sub-row (3.1)
                rows.Add(cells);
                continue;
            }
            var typed = TypedSubRow.Match(cells[1]);
            if (typed.Success)
            {
                // "8.1. …" written in the task column with an empty STT cell: a sub-row; its number moves to STT.
                cells[0] = typed.Groups[1].Value;
                cells[1] = typed.Groups[2].Value;
                rows.Add(cells);
                continue;
            }
            // Any other tab-led line is a continuation fragment: the page break split the cells of the row
            // above, so each non-empty fragment completes the same column of that row (not a row itself).
            var previous = rows[^1];
            for (var i = 1; i < cells.Length; i++)
            {
                if (cells[i].Length > 0)
                {
                    previous[i] = previous[i].Length == 0 ? cells[i] : previous[i] + " " + cells[i];
                }
            }
        }
        return rows.Select(c => new Row(c[0], c[1], c[2], c[3], c[4], c[5])).ToList();
    }

    private static List<Row> Flatten(AppendixTable table)
    {
        Assert.Empty(table.Tasks);
        var rows = new List<Row>();
        for (var g = 0; g < table.Groups.Count; g++)
        {
            rows.Add(new Row(SeedText.Roman(g + 1), table.Groups[g].Title, "", "", "", ""));
            var tasks = table.Groups[g].Tasks;
            for (var t = 0; t < tasks.Count; t++)
            {
                rows.Add(RowOf($"{t + 1}", tasks[t]));
                for (var s = 0; s < tasks[t].Subtasks.Count; s++)
                {
                    Assert.Empty(tasks[t].Subtasks[s].Subtasks);
                    rows.Add(RowOf($"{t + 1}.{s + 1}", tasks[t].Subtasks[s]));
                }
            }
        }
        return rows;
    }

    private static Row RowOf(string label, PlanTask task) =>
        new(label, task.Text, task.Product ?? "", task.Lead ?? "", task.Support ?? "", task.Deadline ?? "");

    private sealed record SeedAppendix(string Label, string Title, string Caption, string[] Header, List<Row> Rows);

    private sealed record Row(string Label, string Task, string Product, string Lead, string Support, string Deadline);
}
