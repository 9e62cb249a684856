using System.Text;
using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Examples;

/// <summary>
/// Reads the real plans in ../shared/seeds (beside the repository) so that the tests of
/// examples/plans/*.yaml can take their expected values from the original text, and writes a plan's
/// body in the same line-per-item form ("I. HEADING", "1. Title", "a) …", "- …") for comparison.
/// </summary>
internal static partial class SeedText
{
    /// <summary>The folder holding CcHc.Docs.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot => Support.RepositoryRoot.Path;

    /// <summary>The full path of a seed, e.g. "vinh-thong-cchc-2026.txt".</summary>
    public static string SeedPath(string fileName) =>
        Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds", fileName));

    /// <summary>The full path of a transcribed plan, e.g. "vinh-thong-cchc-2026.yaml".</summary>
    public static string ExamplePlanPath(string fileName) =>
        Path.Combine(RepositoryRoot, "examples", "plans", fileName);

    /// <summary>The seed's lines as extracted, empty ones included, without line terminators.</summary>
    public static IReadOnlyList<string> ReadLines(string fileName) => File.ReadAllLines(SeedPath(fileName), Encoding.UTF8);

    /// <summary>
    /// The non-empty lines with page-break fragments joined to the line they continue. A line is a
    /// fragment when it does not start with a structural marker (I., 1., a), -, +) and the line before it
    /// is a bullet, a point or a paragraph that stops without final punctuation (. : ; ! ?). A numbered
    /// heading ("1. Mục đích") never ends with punctuation, so the paragraph after it is not a fragment.
    /// </summary>
    public static IReadOnlyList<string> JoinPageBreaks(IEnumerable<string> lines)
    {
        var joined = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (joined.Count > 0 && IsFragment(joined[^1], line))
            {
                joined[^1] = joined[^1] + " " + line;
            }
            else
            {
                joined.Add(line);
            }
        }
        return joined;
    }

    /// <summary>True when the line opens with a mục, khoản, điểm or bullet marker.</summary>
    public static bool IsStructural(string line) =>
        RomanHeading().IsMatch(line) || NumberedItem().IsMatch(line) || PointItem().IsMatch(line)
        || line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("+ ", StringComparison.Ordinal);

    /// <summary>True when the line is a mục heading: a Roman numeral, a full stop and a space.</summary>
    public static bool IsRomanHeading(string line) => RomanHeading().IsMatch(line);

    /// <summary>The trích yếu: the text after "KẾ HOẠCH" on its line, or the lines under it up to the căn cứ, joined by "\n".</summary>
    public static string Summary(IReadOnlyList<string> lines)
    {
        var content = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var at = content.FindIndex(l => l.StartsWith("KẾ HOẠCH", StringComparison.Ordinal));
        if (at < 0)
        {
            throw new InvalidOperationException("The seed has no \"KẾ HOẠCH\" title line.");
        }
        var rest = content[at]["KẾ HOẠCH".Length..].Trim();
        if (rest.Length > 0)
        {
            return rest;
        }
        var summary = content.Skip(at + 1).TakeWhile(l => !StartsOpening(l) && !IsRomanHeading(l));
        return string.Join("\n", summary);
    }

    /// <summary>The lines between the title and the first mục: the căn cứ or "Thực hiện" lines and the preamble.</summary>
    public static IReadOnlyList<string> OpeningLines(IReadOnlyList<string> lines) =>
        MainText(lines).TakeWhile(l => !IsRomanHeading(l)).ToList();

    /// <summary>The body from the first mục heading up to (not including) the closing "Trên đây là …" line.</summary>
    public static IReadOnlyList<string> BodyLines(IReadOnlyList<string> lines) =>
        MainText(lines).SkipWhile(l => !IsRomanHeading(l)).TakeWhile(l => !IsClosing(l)).ToList();

    /// <summary>The closing "Trên đây là …" line as printed.</summary>
    public static string ClosingLine(IReadOnlyList<string> lines) => MainText(lines).Single(IsClosing);

    /// <summary>The Nơi nhận lines before "- Lưu:", without the leading "- " and the trailing ";".</summary>
    public static IReadOnlyList<string> Recipients(IReadOnlyList<string> lines) =>
        AfterRecipientsHeading(lines)
            .TakeWhile(l => !IsArchiveLine(l))
            .Select(l => l.TrimStart('-', ' ').TrimEnd(';'))
            .ToList();

    /// <summary>The entries of the "- Lưu: VT, …." line, without the final full stop.</summary>
    public static IReadOnlyList<string> Archive(IReadOnlyList<string> lines)
    {
        var line = AfterRecipientsHeading(lines).Single(IsArchiveLine);
        var entries = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().TrimEnd('.');
        return entries.Split(',').Select(e => e.Trim()).ToList();
    }

    /// <summary>The signature block: every non-empty line after the "- Lưu:" line, top to bottom.</summary>
    public static IReadOnlyList<string> SignatureLines(IReadOnlyList<string> lines) =>
        AfterRecipientsHeading(lines).SkipWhile(l => !IsArchiveLine(l)).Skip(1).ToList();

    /// <summary>
    /// A plan's body written the way the seeds show it, one line per item: "I. HEADING", "1. Title",
    /// "a) text (06 chỉ tiêu) gồm: (1) …; (2) ….", "- bullet", "+ bullet" and paragraphs. Labels are computed
    /// from position here, independently of the renderer, so that a comparison with
    /// <see cref="BodyLines"/> checks that every item sits where the original numbers it.
    /// </summary>
    public static IReadOnlyList<string> Outline(Plan plan)
    {
        var lines = new List<string>();
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            WriteSection(plan.Sections[i], [i + 1], plan.Numbering, lines);
        }
        return lines;
    }

    /// <summary>The heading a section prints: its title, else its unit, else its kind's default heading.</summary>
    public static string? HeadingOf(Section section) => section.Title ?? section.Unit ?? section.Kind switch
    {
        SectionKind.Purpose => "MỤC ĐÍCH, YÊU CẦU",
        SectionKind.Targets => "MỤC TIÊU, CHỈ TIÊU",
        SectionKind.Tasks => "NHIỆM VỤ, GIẢI PHÁP",
        SectionKind.Funding => "KINH PHÍ THỰC HIỆN",
        SectionKind.Reporting => "CHẾ ĐỘ BÁO CÁO",
        SectionKind.Implementation => "TỔ CHỨC THỰC HIỆN",
        _ => null,
    };

    /// <summary>An upper-case Roman numeral (1 to 39), as used for mục and appendix group rows.</summary>
    public static string Roman(int number)
    {
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return new string('X', number / 10) + ones[number % 10];
    }

    private static void WriteSection(Section section, int[] path, NumberingScheme numbering, List<string> lines)
    {
        var heading = HeadingOf(section);
        var line = new StringBuilder(LabelOf(path, numbering)).Append(' ');
        if (heading is not null)
        {
            line.Append(heading);
            if (section.Text is not null)
            {
                line.Append(": ");
            }
        }
        line.Append(section.Text);
        if (section.Targets.Count > 0)
        {
            line.Append($" ({section.Targets.Count:00} chỉ tiêu) gồm: ");
            line.AppendJoin("; ", section.Targets.Select((t, n) => $"({n + 1}) {t.Text}"));
            line.Append('.');
        }
        if (section.SeeAppendix is { } reference)
        {
            var text = reference.Text ?? $"Chi tiết tại Phụ lục {Roman(reference.Appendix ?? 1)}";
            line.Append($" ({text})");
        }
        lines.Add(line.ToString());

        var child = 0;
        foreach (var block in section.Content)
        {
            switch (block)
            {
                case SubsectionBlock sub:
                    WriteSection(sub.Section, [.. path, ++child], numbering, lines);
                    break;
                case ParagraphBlock paragraph:
                    lines.Add(paragraph.Text);
                    break;
                case BulletBlock bullet:
                    lines.Add((bullet.Style == BulletStyle.Plus ? "+ " : "- ") + bullet.Text);
                    break;
                case TaskBlock task:
                    lines.Add("- " + task.Task.Text);
                    break;
                default:
                    throw new NotSupportedException($"No outline form for {block.GetType().Name}.");
            }
        }
    }

    private static string LabelOf(int[] path, NumberingScheme numbering)
    {
        const string Letters = "abcdđeghiklmnopqrstuvxy";
        return path.Length switch
        {
            1 => Roman(path[0]) + ".",
            2 => path[1] + ".",
            _ when numbering == NumberingScheme.Decimal => string.Join(".", path.Skip(1)) + ".",
            3 => Letters[path[2] - 1] + ")",
            _ => "-",
        };
    }

    private static bool IsFragment(string previous, string line) =>
        !IsStructural(line)
        && !".:;!?".Contains(previous[^1], StringComparison.Ordinal)
        && !RomanHeading().IsMatch(previous)
        && !NumberedItem().IsMatch(previous);

    // From the first căn cứ or "Thực hiện" line (the header and title above it are short lines without
    // final punctuation, which must not be joined) to the line before "Nơi nhận:" (the signature lines
    // have no punctuation either), with page-break fragments joined.
    private static IReadOnlyList<string> MainText(IReadOnlyList<string> lines) =>
        JoinPageBreaks(lines.Select(l => l.Trim())
            .SkipWhile(l => !StartsOpening(l) && !IsRomanHeading(l))
            .TakeWhile(l => !l.StartsWith("Nơi nhận:", StringComparison.Ordinal)));

    private static bool StartsOpening(string line) =>
        line.StartsWith("Căn cứ", StringComparison.Ordinal) || line.StartsWith("Thực hiện", StringComparison.Ordinal);

    private static bool IsClosing(string line) => line.StartsWith("Trên đây là", StringComparison.Ordinal);

    private static bool IsArchiveLine(string line) => line.StartsWith("- Lưu:", StringComparison.Ordinal);

    private static IEnumerable<string> AfterRecipientsHeading(IReadOnlyList<string> lines) =>
        lines.Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .SkipWhile(l => !l.StartsWith("Nơi nhận:", StringComparison.Ordinal))
            .Skip(1);

    [GeneratedRegex(@"^[IVXLC]+\.\s")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^\d+(\.\d+)*\.\s")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^\p{Ll}\)\s")]
    private static partial Regex PointItem();
}
