using System.Globalization;
using System.Text;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Plans;

/// <summary>
/// The text a plan implies but does not store: default headings, the số and date lines, appendix labels
/// and captions, citation lines, the targets sentence and the end mark. Templates print these, and
/// validation compares what a plan overrides with them.
/// </summary>
public static class PlanText
{
    /// <summary>The end mark NĐ30 templates put after the last sentence.</summary>
    public const string EndMark = "./.";

    private static readonly string[] UnitWords =
        ["THÀNH PHỐ", "THỊ TRẤN", "THỊ XÃ", "ĐẶC KHU", "PHƯỜNG", "HUYỆN", "QUẬN", "TỈNH", "XÃ"];

    /// <summary>The heading a well-known section kind takes when the plan gives none.</summary>
    public static string DefaultHeading(SectionKind kind) => kind switch
    {
        SectionKind.Purpose => "MỤC ĐÍCH, YÊU CẦU",
        SectionKind.Targets => "MỤC TIÊU, CHỈ TIÊU",
        SectionKind.Tasks => "NHIỆM VỤ, GIẢI PHÁP",
        SectionKind.Funding => "KINH PHÍ THỰC HIỆN",
        SectionKind.Reporting => "CHẾ ĐỘ BÁO CÁO",
        SectionKind.Implementation => "TỔ CHỨC THỰC HIỆN",
        SectionKind.Objectives => "MỤC TIÊU",
        SectionKind.KeyTargets => "CÁC CHỈ TIÊU CHỦ YẾU",
        SectionKind.Content => "NỘI DUNG",
        SectionKind.Solutions => "GIẢI PHÁP THỰC HIỆN",
        _ => "",
    };

    /// <summary>The section's heading: its title, else its unit, else its kind's default (empty for an untitled item).</summary>
    public static string Heading(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.Title ?? section.Unit ?? DefaultHeading(section.Kind);
    }

    /// <summary>The issuing body's letterhead lines: given, or the upper-cased name broken before the unit word ("XÃ VĨNH PHONG").</summary>
    public static IReadOnlyList<string> IssuerLines(Letterhead letterhead)
    {
        ArgumentNullException.ThrowIfNull(letterhead);
        if (letterhead.IssuerLines.Count > 0)
        {
            return letterhead.IssuerLines;
        }
        var upper = VietnameseCase.ToUpper(letterhead.Issuer.Trim());
        foreach (var word in UnitWords)
        {
            var at = upper.IndexOf(" " + word + " ", StringComparison.Ordinal);
            if (at > 0)
            {
                return [upper[..at], upper[(at + 1)..]];
            }
        }
        return [upper];
    }

    /// <summary>The số and ký hiệu without "Số:", e.g. "78/KH-UBND", "05/KH-UBND", or "     /KH-UBND" in a draft.</summary>
    public static string Reference(Letterhead letterhead)
    {
        ArgumentNullException.ThrowIfNull(letterhead);
        var number = letterhead.Number is { } n ? n.ToString("00", CultureInfo.InvariantCulture) : DocumentNumber.DraftBlank;
        return $"{number}/{letterhead.Symbol}";
    }

    /// <summary>The letterhead's number line: "Số: 78/KH-UBND", or "Số:      /KH-UBND" in a draft.</summary>
    public static string NumberLine(Letterhead letterhead) => "Số: " + Reference(letterhead);

    /// <summary>The place-and-date line: "Vĩnh Phong, ngày 20 tháng 3 năm 2026", with blanks in a draft.</summary>
    public static string DateLine(Letterhead letterhead)
    {
        ArgumentNullException.ThrowIfNull(letterhead);
        return IssueDate(letterhead, letterhead.Place + ", ");
    }

    /// <summary>The appendix label: its override, else "Phụ lục I", "Phụ lục II" … or "Phụ lục" when it is the only one.</summary>
    public static string AppendixLabel(Plan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var appendix = plan.Appendices[index];
        return appendix.Label ?? ComputedAppendixLabel(plan.Appendices.Count, index);
    }

    /// <summary>The label NĐ30 gives the appendix at <paramref name="index"/> (0-based) of <paramref name="count"/>.</summary>
    public static string ComputedAppendixLabel(int count, int index) =>
        count == 1 ? "Phụ lục" : "Phụ lục " + RomanNumerals.ToRoman(index + 1);

    /// <summary>The caption: its override, else "(Kèm theo Kế hoạch số 78/KH-UBND ngày 20 tháng 3 năm 2026 của Ủy ban nhân dân xã Vĩnh Phong)".</summary>
    public static string AppendixCaption(Plan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Appendices[index].Caption ?? ComputedAppendixCaption(plan);
    }

    /// <summary>The caption NĐ30 gives every appendix of the plan.</summary>
    public static string ComputedAppendixCaption(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var letterhead = plan.Letterhead;
        return $"(Kèm theo {plan.Title.Kind} số {Reference(letterhead)} {IssueDate(letterhead, "")} của {letterhead.Issuer})";
    }

    /// <summary>"(Chi tiết tại Phụ lục I)": the words of a section's pointer to an appendix, without parentheses.</summary>
    public static string AppendixReferenceText(Plan plan, AppendixReference reference)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Text is { } text)
        {
            return text;
        }
        return reference.Appendix is { } number && number >= 1 && number <= plan.Appendices.Count
            ? "Chi tiết tại " + AppendixLabel(plan, number - 1)
            : "Chi tiết tại phụ lục kèm theo";
    }

    /// <summary>
    /// A cited document without prefix or final punctuation:
    /// "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về …".
    /// </summary>
    public static string CitationBody(CitedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder(document.Kind);
        if (document.Number is { } number)
        {
            text.Append(" số ").Append(number);
        }
        if (document.Date is { } date)
        {
            text.Append(' ').Append(Vietnamese.DateLine.FormatLongDate(date));
        }
        if (document.Issuer is { } issuer)
        {
            text.Append(" của ").Append(issuer);
        }
        if (document.Subject is { } subject)
        {
            text.Append(' ').Append(subject);
        }
        return text.ToString();
    }

    /// <summary>
    /// The căn cứ line for <paramref name="document"/>: its override, else "Căn cứ " + body + ";" (or "." on the last line).
    /// </summary>
    public static string BasisLine(CitedDocument document, bool isLast)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Text ?? ComputedBasisLine(document, isLast);
    }

    /// <summary>The căn cứ line NĐ30 gives a cited document, ignoring any override.</summary>
    public static string ComputedBasisLine(CitedDocument document, bool isLast) =>
        "Căn cứ " + CitationBody(document) + (isLast ? "." : ";");

    /// <summary>
    /// The "Thực hiện …" opening for the documents a plan implements: one sentence
    /// "Thực hiện A; B." when none is overridden; otherwise one sentence per document, its override
    /// (which holds the whole sentence) or "Thực hiện " + its citation + ".".
    /// </summary>
    public static string ImplementingLine(IReadOnlyList<CitedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.All(d => d.Text is null))
        {
            return documents.Count == 0 ? "" : "Thực hiện " + string.Join("; ", documents.Select(CitationBody)) + ".";
        }
        return string.Join(" ", documents.Select(d => d.Text ?? "Thực hiện " + CitationBody(d) + "."));
    }

    /// <summary>
    /// The section's lead text with its targets in one sentence:
    /// "Phấn đấu đạt các chỉ tiêu … (02 chỉ tiêu) gồm: (1) …; (2) ….". Just the text when there are no targets.
    /// </summary>
    public static string TargetsSentence(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var lead = section.Text ?? "";
        if (section.Targets.Count == 0)
        {
            return lead;
        }
        var items = section.Targets.Select((t, i) => $"({(i + 1).ToString(CultureInfo.InvariantCulture)}) {t.Text.TrimEnd(';', '.', ' ')}");
        var count = section.Targets.Count.ToString("00", CultureInfo.InvariantCulture);
        return $"{lead} ({count} chỉ tiêu) gồm: {string.Join("; ", items)}.".TrimStart();
    }

    /// <summary>The closing sentence with its end mark: "./." appended, or "/." after a full stop, unless already there or disabled.</summary>
    public static string ClosingLine(Closing closing)
    {
        ArgumentNullException.ThrowIfNull(closing);
        var text = closing.Text.TrimEnd();
        if (!closing.EndMark || text.EndsWith("/.", StringComparison.Ordinal))
        {
            return text;
        }
        return text.EndsWith('.') ? text + "/." : text + EndMark;
    }

    /// <summary>The "Lưu:" line: "Lưu: VT, VHXH." (empty when the plan lists no archive).</summary>
    public static string ArchiveLine(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Archive.Count == 0 ? "" : "Lưu: " + string.Join(", ", plan.Archive) + ".";
    }

    private static string IssueDate(Letterhead letterhead, string prefix)
    {
        if (letterhead.Date is { } date)
        {
            return prefix + Vietnamese.DateLine.FormatLongDate(date);
        }
        var year = letterhead.IssueYear?.ToString(CultureInfo.InvariantCulture) ?? Vietnamese.DateLine.DraftBlank;
        return prefix + Vietnamese.DateLine.FormatDraftLongDate(year);
    }
}
