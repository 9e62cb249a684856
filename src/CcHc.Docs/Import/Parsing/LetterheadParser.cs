using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.Docs.Import.Source;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Import.Parsing;

/// <summary>
/// Reads NĐ30 ô 1–4 (parent body, issuing body, số, địa danh and date) from the paragraphs above the
/// title, in any order; the Quốc hiệu and Tiêu ngữ are recognised and dropped (the model never stores them).
/// </summary>
internal static partial class LetterheadParser
{
    public static (Letterhead Letterhead, int FirstParagraph) Parse(
        IReadOnlyList<SourceParagraph> lines, IReadOnlyList<string> runningText, int titleParagraph, ImportNotes notes)
    {
        string? parent = null;
        var issuerLines = new List<string>();
        var issuerBold = new List<bool>();
        int? number = null;
        var symbol = "KH-UBND";
        string? place = null;
        DateOnly? date = null;
        int? year = null;
        var first = lines.Count > 0 ? lines[0].Number : titleParagraph;
        foreach (var paragraph in lines)
        {
            foreach (var raw in paragraph.Printed.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    continue;
                }
                var upper = VietnameseCase.ToUpper(line);
                if (upper.StartsWith("CỘNG HÒA XÃ HỘI", StringComparison.Ordinal) || upper.StartsWith("CỘNG HOÀ XÃ HỘI", StringComparison.Ordinal)
                    || upper.StartsWith("ĐỘC LẬP", StringComparison.Ordinal))
                {
                    notes.Recognised(paragraph.Number, "", $"Quốc hiệu/Tiêu ngữ \"{line}\" (không lưu: luôn in theo NĐ30).");
                    continue;
                }
                if (NumberLine().Match(line) is { Success: true } numberLine)
                {
                    var digits = numberLine.Groups["n"].Value;
                    number = digits.Length > 0 ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
                    symbol = numberLine.Groups["s"].Value;
                    notes.Recognised(paragraph.Number, "letterhead.number", number is null
                        ? $"Dòng số \"{line}\": số để trống (dự thảo)."
                        : $"Dòng số \"{line}\": số {number}, ký hiệu {symbol}.");
                    continue;
                }
                if (line.Contains(", ngày", StringComparison.Ordinal) || DraftDate().IsMatch(line))
                {
                    if (DateLine.TryParse(line.Replace(" ,", ",", StringComparison.Ordinal), out var dateLine))
                    {
                        place = dateLine!.Place;
                        date = dateLine.Date;
                        year = dateLine.IsDraft ? dateLine.Year : null;
                        notes.Recognised(paragraph.Number, "letterhead.date", $"Địa danh \"{place}\", ngày tháng \"{line}\".");
                    }
                    else
                    {
                        place = line[..Math.Max(0, line.IndexOf(',', StringComparison.Ordinal))].Trim();
                        var y = YearPattern().Match(line);
                        year = y.Success ? int.Parse(y.Value, CultureInfo.InvariantCulture) : null;
                        notes.Guess(paragraph.Number, "letterhead.date",
                            $"Không đọc được ngày tháng \"{line}\"; để trống ngày (dự thảo){(year is null ? "" : $", năm {year}")} — hãy điền `date`.");
                    }
                    continue;
                }
                if (upper == line)
                {
                    issuerLines.Add(line);
                    issuerBold.Add(paragraph.Bold);
                    continue;
                }
                notes.Guess(paragraph.Number, "", $"Không xếp được dòng \"{line}\" ở phần đầu văn bản; đã bỏ qua.");
            }
        }

        // Parent body: the first line when it is not bold and the rest are (a .docx), or when there are three or more lines.
        if (issuerLines.Count >= 2 && ((!issuerBold[0] && issuerBold.Skip(1).All(b => b)) || (issuerLines.Count >= 3 && !issuerBold.Any(b => b))))
        {
            parent = issuerLines[0];
            issuerLines.RemoveAt(0);
            notes.Recognised(first, "letterhead.parent_body", $"Cơ quan chủ quản \"{parent}\".");
        }

        var issuer = FindIssuer(issuerLines, runningText, out var found);
        if (issuerLines.Count == 0)
        {
            notes.Guess(first, "letterhead.issuer", found
                ? $"Văn bản không có tên cơ quan ban hành ở đầu trang; lấy \"{issuer}\" từ nội dung."
                : "Không tìm thấy tên cơ quan ban hành; hãy điền `issuer`.");
        }
        else
        {
            notes.Recognised(first, "letterhead.issuer", $"Cơ quan ban hành \"{string.Join(" / ", issuerLines)}\" → \"{issuer}\".");
        }
        if (place is null)
        {
            place = PlaceOf(issuer);
            notes.Guess(first, "letterhead.place", $"Không có dòng địa danh, ngày tháng; đoán địa danh \"{place}\" từ tên cơ quan.");
        }
        if (date is null && year is null)
        {
            notes.Guess(first, "letterhead.year", "Không có năm ban hành; hãy điền `year` hoặc `date`.");
        }

        var letterhead = new Letterhead
        {
            ParentBody = parent,
            Issuer = issuer,
            Number = number,
            Symbol = symbol,
            Place = place,
            Date = date,
            Year = date is null ? year : null,
        };
        if (issuerLines.Count > 0 && !PlanText.IssuerLines(letterhead).SequenceEqual(issuerLines, StringComparer.Ordinal))
        {
            letterhead = letterhead with { IssuerLines = [.. issuerLines] };
        }
        return (letterhead, first);
    }

    /// <summary>
    /// The issuer as running text names it: the letterhead lines joined, matched case-insensitively in the
    /// preamble or closing; else "Ủy ban nhân dân xã X" built from the lines; else the first such phrase of the text.
    /// </summary>
    private static string FindIssuer(IReadOnlyList<string> lines, IReadOnlyList<string> runningText, out bool found)
    {
        found = true;
        if (lines.Count > 0)
        {
            var joined = string.Join(" ", lines);
            foreach (var text in runningText)
            {
                var at = text.IndexOf(joined, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    var upper = VietnameseCase.ToUpper(text);
                    at = upper.IndexOf(joined, StringComparison.Ordinal);
                }
                if (at >= 0 && at + joined.Length <= text.Length)
                {
                    return text.Substring(at, joined.Length);
                }
            }
            return Sentence(lines);
        }
        foreach (var text in runningText)
        {
            if (IssuerPhrase().Match(text) is { Success: true } phrase)
            {
                return phrase.Groups["body"].Value + " " + phrase.Groups["unit"].Value + " " + phrase.Groups["name"].Value.Trim();
            }
        }
        found = false;
        return "Ủy ban nhân dân";
    }

    // "ỦY BAN NHÂN DÂN" / "XÃ VĨNH PHONG" → "Ủy ban nhân dân xã Vĩnh Phong".
    private static string Sentence(IReadOnlyList<string> lines)
    {
        var body = VietnameseCase.CapitalizeFirst(VietnameseCase.ToLower(lines[0]));
        var rest = lines.Skip(1).Select(l =>
        {
            var words = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var unitWords = words.TakeWhile(w => w is "XÃ" or "PHƯỜNG" or "THỊ" or "TRẤN" or "HUYỆN" or "QUẬN" or "TỈNH" or "THÀNH" or "PHỐ").Count();
            var unit = VietnameseCase.ToLower(string.Join(' ', words.Take(unitWords)));
            var name = VietnameseCase.ToTitleCase(VietnameseCase.ToLower(string.Join(' ', words.Skip(unitWords))));
            return (unit + " " + name).Trim();
        });
        return string.Join(" ", new[] { body }.Concat(rest));
    }

    private static string PlaceOf(string issuer)
    {
        var match = IssuerPhrase().Match(issuer);
        return match.Success ? match.Groups["name"].Value.Trim() : issuer;
    }

    [GeneratedRegex(@"^Số\s*:?\s*(?<n>\d*)\s*/\s*(?<s>\S+)$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^[^,]+,\s*ngày\s")]
    private static partial Regex DraftDate();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<body>Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)(?:\s*\([^)]*\))?\s+(?<unit>xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+(?<name>(?:\p{Lu}[\p{Ll}\p{Lu}]*\s?)+)")]
    private static partial Regex IssuerPhrase();
}
