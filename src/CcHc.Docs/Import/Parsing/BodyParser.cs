using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.Docs.Import.Source;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Import.Parsing;

/// <summary>
/// Reads the numbered body: mục (I.), khoản (1.), điểm (a) or 1.1.), dash and plus items, plain paragraphs,
/// inline target lists "(06 chỉ tiêu) gồm: (1) …", body tasks "- … (chủ trì: …)" and "(Chi tiết tại …)" pointers.
/// </summary>
internal sealed partial class BodyParser(ImportNotes notes, bool plainText)
{
    private static readonly string[] UnitStarts =
    [
        "Phòng ", "Văn phòng ", "Trung tâm ", "Công an ", "Thuế ", "Ngân hàng ", "Bảo hiểm ", "Các cơ quan", "Ban ",
        "Ủy ban ", "Uỷ ban ", "UBND ", "Sở ", "Điện lực ", "Đoàn ", "Hội ", "Trường ", "Trạm ", "Chi cục ", "Kho bạc ",
        "Đài ", "Quân sự ", "Ban Chỉ huy ", "Hạt ", "Bưu điện ",
    ];

    private readonly List<SectionBuilder> sections = [];
    private readonly List<SectionBuilder> stack = [];

    public NumberingScheme Numbering { get; private set; } = NumberingScheme.Nd30;

    public IReadOnlyList<SectionBuilder> Sections => sections;

    public void Add(SourceParagraph paragraph)
    {
        var (kind, label, rest) = ItemLabel.Split(paragraph.Printed.Replace('\t', ' '));
        if (paragraph.NumberingLabel is { } auto)
        {
            (kind, label, _) = ItemLabel.Split(auto + " x");
            rest = paragraph.Text.Trim();
        }
        switch (kind)
        {
            case LabelKind.Roman:
                OpenSection(1, paragraph, label, rest);
                return;
            case LabelKind.Arabic when stack.Count >= 1:
                OpenSection(2, paragraph, label, rest);
                return;
            case LabelKind.Letter when stack.Count >= 2:
                OpenSection(3, paragraph, label, rest);
                return;
            case LabelKind.Decimal when stack.Count >= 2:
                Numbering = NumberingScheme.Decimal;
                OpenSection(label.Count(c => c == '.') + 1, paragraph, label, rest);
                return;
            case LabelKind.Dash:
            case LabelKind.Plus:
                AddItem(paragraph, kind, rest);
                return;
        }
        if (stack.Count == 0)
        {
            notes.Guess(paragraph.Number, "", $"Đoạn \"{Excerpt(paragraph.Printed)}\" đứng trước mục I; đã bỏ qua.");
            return;
        }
        if (kind != LabelKind.None)
        {
            notes.Guess(paragraph.Number, "", $"Số thứ tự \"{label}\" không khớp cấp mục đang đọc; đọc cả đoạn như đoạn văn.");
            rest = paragraph.Printed.Trim();
        }
        // A plain paragraph after an item that printed its own text ("3. Trưởng các khu phố …") belongs to
        // the enclosing section: a text item's own paragraphs would be indistinguishable, and are rare.
        if (stack.Count > 1 && !stack[^1].IsHeading)
        {
            stack.RemoveAt(stack.Count - 1);
        }
        var owner = stack[^1];
        var path = $"{owner.Path}.content[{owner.Content.Count}].paragraph";
        var block = new ParagraphBlock(rest);
        owner.Content.Add(block);
        notes.Recognised(paragraph.Number, path, "Đoạn văn.");
    }

    private void OpenSection(int level, SourceParagraph paragraph, string label, string rest)
    {
        while (stack.Count >= level)
        {
            stack.RemoveAt(stack.Count - 1);
        }
        if (stack.Count < level - 1)
        {
            notes.Guess(paragraph.Number, "", $"Mục \"{label}\" nằm dưới một cấp còn thiếu; xếp vào cấp gần nhất.");
            level = stack.Count + 1;
        }
        SectionBuilder section;
        if (level == 1)
        {
            section = new SectionBuilder($"sections[{sections.Count}]", 1);
            sections.Add(section);
        }
        else
        {
            var parent = stack[^1];
            section = new SectionBuilder(parent.ChildPath("section"), level);
            parent.Content.Add(section);
        }
        stack.Add(section);
        Fill(section, paragraph, rest, level);
    }

    private void Fill(SectionBuilder section, SourceParagraph paragraph, string rest, int level)
    {
        var text = rest;
        if (SeeAppendixPattern().Match(text) is { Success: true } see)
        {
            text = see.Groups["h"].Value.Trim();
            var pointer = see.Groups["see"].Value.Replace("*", "", StringComparison.Ordinal).Trim();
            if (VietnameseCase.ToUpper(pointer) == pointer)
            {
                // A mục heading prints in capitals; the pointer is stored in sentence case.
                pointer = VietnameseCase.CapitalizeFirst(VietnameseCase.ToLower(pointer));
            }
            section.SeeAppendix = new AppendixReference { Text = pointer };
            notes.Recognised(paragraph.Number, section.Path + ".see_appendix", $"Dẫn chiếu phụ lục \"{section.SeeAppendix.Text}\".");
        }
        if (level == 1)
        {
            var (kind, title) = KindOf(text);
            section.Kind = kind;
            section.Title = title;
            if (title is null && text.Length == 0)
            {
                section.Title = null;
            }
            notes.Recognised(paragraph.Number, section.Path, $"Mục {text} ({kind.ToString().ToLowerInvariant()}).");
            return;
        }
        if (TargetsPattern().Match(text) is { Success: true } targets)
        {
            var lead = targets.Groups["lead"].Value.Trim();
            section.Text = lead.Length == 0 ? null : lead;
            foreach (var item in SplitTargets(targets.Groups["items"].Value))
            {
                section.Targets.Add(new Target { Text = item });
            }
            var declared = int.Parse(targets.Groups["count"].Value, CultureInfo.InvariantCulture);
            notes.Recognised(paragraph.Number, section.Path + ".targets", $"{section.Targets.Count} chỉ tiêu.");
            if (declared != section.Targets.Count)
            {
                notes.Guess(paragraph.Number, section.Path + ".targets",
                    $"Văn bản ghi ({declared:00} chỉ tiêu) nhưng liệt kê {section.Targets.Count}; số đếm sẽ được tính lại.");
            }
            if (section.Text is null)
            {
                section.Text = "";
            }
            return;
        }
        if (IsHeading(paragraph, text))
        {
            var parentKind = stack[0].Kind;
            if (level == 2 && parentKind is SectionKind.Tasks or SectionKind.Implementation
                && UnitStarts.Any(u => text.StartsWith(u, StringComparison.Ordinal)))
            {
                section.Unit = text;
                notes.Recognised(paragraph.Number, section.Path + ".unit", $"Đơn vị được giao \"{text}\".");
            }
            else
            {
                section.Title = text;
                notes.Recognised(paragraph.Number, section.Path + ".title", $"Tiêu đề \"{Excerpt(text)}\".");
            }
            return;
        }
        section.Text = text;
        notes.Recognised(paragraph.Number, section.Path + ".text", "Khoản/điểm có nội dung ngay sau số thứ tự.");
    }

    // A heading is bold in a .docx; in plain text, a short line without closing punctuation.
    private bool IsHeading(SourceParagraph paragraph, string text)
    {
        if (!plainText)
        {
            return paragraph.Heading || paragraph.Bold;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 25 && !text.EndsWith('.') && !text.EndsWith(';') && !text.EndsWith(':');
    }

    private void AddItem(SourceParagraph paragraph, LabelKind kind, string rest)
    {
        if (stack.Count == 0)
        {
            notes.Guess(paragraph.Number, "", $"Gạch đầu dòng \"{Excerpt(rest)}\" đứng trước mục I; đã bỏ qua.");
            return;
        }
        var owner = stack[^1];
        if (kind == LabelKind.Dash && TaskPattern().Match(rest) is { Success: true } task)
        {
            var planTask = new PlanTask
            {
                Text = task.Groups["text"].Value,
                Lead = task.Groups["lead"].Value,
                Support = NullIfEmpty(task.Groups["support"].Value),
                Deadline = NullIfEmpty(task.Groups["deadline"].Value),
                Product = NullIfEmpty(task.Groups["product"].Value),
            };
            var taskPath = owner.ChildPath("task");
            var block = new TaskBlock(planTask);
            owner.Content.Add(block);
            notes.Recognised(paragraph.Number, taskPath, $"Nhiệm vụ, chủ trì: {planTask.Lead}.");
            return;
        }
        var style = kind == LabelKind.Plus ? BulletStyle.Plus : BulletStyle.Dash;
        var path = owner.ChildPath(style == BulletStyle.Plus ? "plus" : "bullet");
        var bullet = new BulletBlock(rest, style);
        owner.Content.Add(bullet);
        notes.Recognised(paragraph.Number, path, style == BulletStyle.Plus ? "Ý \"+\"." : "Gạch đầu dòng.");
    }

    /// <summary>The section kind a mục heading names, and the title to keep when it is not the kind's default.</summary>
    internal static (SectionKind Kind, string? Title) KindOf(string heading)
    {
        foreach (var kind in Enum.GetValues<SectionKind>().Where(k => k != SectionKind.Custom))
        {
            if (heading == PlanText.DefaultHeading(kind))
            {
                return (kind, null);
            }
        }
        var upper = VietnameseCase.ToUpper(heading);
        SectionKind guessed = upper switch
        {
            _ when upper.Contains("MỤC ĐÍCH", StringComparison.Ordinal) => SectionKind.Purpose,
            _ when upper.Contains("TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal) => SectionKind.Implementation,
            _ when upper.Contains("KINH PHÍ", StringComparison.Ordinal) => SectionKind.Funding,
            _ when upper.Contains("CHẾ ĐỘ BÁO CÁO", StringComparison.Ordinal) => SectionKind.Reporting,
            _ when upper.Contains("CHỈ TIÊU", StringComparison.Ordinal) || upper.StartsWith("MỤC TIÊU", StringComparison.Ordinal) => SectionKind.Targets,
            _ when upper.StartsWith("NHIỆM VỤ", StringComparison.Ordinal) => SectionKind.Tasks,
            _ => SectionKind.Custom,
        };
        return (guessed, heading);
    }

    private static IEnumerable<string> SplitTargets(string items)
    {
        var text = items.Trim().TrimEnd('.');
        var parts = new List<string>();
        var expected = 1;
        var start = -1;
        var at = 0;
        while (true)
        {
            var marker = "(" + expected.ToString(CultureInfo.InvariantCulture) + ") ";
            var found = text.IndexOf(marker, at, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }
            if (start >= 0)
            {
                parts.Add(text[start..found].TrimEnd(' ', ';'));
            }
            start = found + marker.Length;
            at = start;
            expected++;
        }
        if (start >= 0)
        {
            parts.Add(text[start..].TrimEnd(' ', ';', '.'));
        }
        return parts;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    internal static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "…";

    [GeneratedRegex(@"^(?<h>.*?)\s*\((?<see>\*?(?:Chi tiết tại|CHI TIẾT TẠI)[^)]*)\)\.?$", RegexOptions.Singleline)]
    private static partial Regex SeeAppendixPattern();

    [GeneratedRegex(@"^(?<lead>.*?)\s*\((?<count>\d+) chỉ tiêu\) gồm: (?<items>\(1\) .+)$", RegexOptions.Singleline)]
    private static partial Regex TargetsPattern();

    [GeneratedRegex(@"^(?<text>.+?) \(chủ trì: (?<lead>[^;()]+)(?:; phối hợp: (?<support>[^;()]+))?(?:; thời gian: (?<deadline>[^;()]+))?(?:; sản phẩm: (?<product>[^;()]+))?\)$", RegexOptions.Singleline)]
    private static partial Regex TaskPattern();
}
