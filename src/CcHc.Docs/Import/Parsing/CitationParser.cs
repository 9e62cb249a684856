using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Import.Parsing;

/// <summary>
/// Reads a citation back into a <see cref="CitedDocument"/> — the inverse of <see cref="PlanText.CitationBody"/>:
/// "Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của UBND tỉnh X về …" gives kind, number, date,
/// issuer and subject. When the computed line would not print the original exactly (a numeric date, an
/// unusual order), the original wording is kept in <see cref="CitedDocument.Text"/>.
/// </summary>
internal static partial class CitationParser
{
    // Where a subject starts after the issuer: the words that open a trích yếu.
    private static readonly string[] SubjectStarts =
        [" về ", " ban hành ", " quy định ", " hướng dẫn ", " triển khai ", " thực hiện ", " sửa đổi ", " phê duyệt "];

    private static readonly string[] KindNames = [.. DocumentKinds.All.Select(k => k.Name).Append("Luật").Append("Bộ luật").Append("Hiến pháp").Append("Pháp lệnh").Distinct().OrderByDescending(n => n.Length)];

    /// <summary>Parses the body of a citation (no "Căn cứ"/"Thực hiện", no final punctuation); null when it names no known kind.</summary>
    public static CitedDocument? ParseBody(string body)
    {
        var text = body.Trim();
        var kind = KindNames.FirstOrDefault(k => text.StartsWith(k + " ", StringComparison.Ordinal) || text == k);
        if (kind is null)
        {
            return null;
        }
        var rest = text[kind.Length..];
        string? number = null;
        DateOnly? date = null;
        string? issuer = null;
        string? subject = null;
        if (NumberPattern().Match(rest) is { Success: true } n)
        {
            number = n.Groups["n"].Value;
            rest = rest[n.Length..];
        }
        if (LongDatePattern().Match(rest) is { Success: true } d && TryDate(d, out var parsed))
        {
            date = parsed;
            rest = rest[d.Length..];
        }
        if (rest.StartsWith(" của ", StringComparison.Ordinal))
        {
            rest = rest[" của ".Length..];
            var cut = SubjectStarts.Select(s => rest.IndexOf(s, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
            if (cut > 0)
            {
                issuer = rest[..cut];
                subject = rest[(cut + 1)..];
            }
            else
            {
                issuer = rest;
            }
        }
        else if (rest.StartsWith(' ') && rest.Trim().Length > 0)
        {
            subject = rest[1..];
        }
        else if (rest.Length > 0)
        {
            return null;
        }
        return new CitedDocument { Kind = kind, Number = number, Date = date, Issuer = issuer, Subject = subject };
    }

    /// <summary>A "Căn cứ …" line as a cited document; the original is kept as text when the fields do not print it back.</summary>
    public static CitedDocument ParseBasis(string line, bool isLast)
    {
        var trimmed = line.Trim();
        var body = trimmed.StartsWith("Căn cứ ", StringComparison.Ordinal) ? trimmed["Căn cứ ".Length..] : trimmed;
        body = body.TrimEnd(';', '.', ' ');
        var parsed = ParseBody(body);
        if (parsed is not null && PlanText.ComputedBasisLine(parsed, isLast) == trimmed)
        {
            return parsed;
        }
        return (parsed ?? new CitedDocument { Kind = FirstWords(body) }) with { Text = trimmed };
    }

    /// <summary>
    /// A "Căn cứ …" line as the documents it cites: several when it joins them ("Quyết định số 12/… và Quyết định
    /// số 34/… của UBND tỉnh …") and they print back exactly, else one as <see cref="ParseBasis"/> reads it.
    /// </summary>
    public static IReadOnlyList<CitedDocument> ParseBasisCitation(string line, bool isLast)
    {
        var trimmed = line.Trim();
        var body = trimmed.StartsWith("Căn cứ ", StringComparison.Ordinal) ? trimmed["Căn cứ ".Length..] : trimmed;
        if (ParseJoined(body.TrimEnd(';', '.', ' ')) is { } documents
            && "Căn cứ " + PlanOpening.Body(documents) + (isLast ? "." : ";") == trimmed)
        {
            return documents;
        }
        return [ParseBasis(trimmed, isLast)];
    }

    /// <summary>
    /// The documents of a citation body that joins several with " và " or ", " before a kind and "số"; a document
    /// without issuer or subject takes the issuer printed once after the next ones. Null when it cites one.
    /// </summary>
    public static IReadOnlyList<CitedDocument>? ParseJoined(string body)
    {
        var parts = new List<(string Text, CitationJoin? Join)>();
        var start = 0;
        for (var at = 0; at < body.Length; at++)
        {
            var separator = body.AsSpan(at).StartsWith(" và ") ? " và " : body.AsSpan(at).StartsWith(", ") ? ", " : null;
            if (separator is null)
            {
                continue;
            }
            if (StartsWithNumberedKind(body.AsSpan(at + separator.Length)))
            {
                parts.Add((body[start..at], separator == ", " ? CitationJoin.Comma : CitationJoin.And));
                start = at + separator.Length;
            }
        }
        if (parts.Count == 0)
        {
            return null;
        }
        parts.Add((body[start..], null));
        var documents = new CitedDocument[parts.Count];
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            if (ParseBody(parts[i].Text) is not { } document)
            {
                return null;
            }
            if (document.Issuer is null && document.Subject is null && i + 1 < parts.Count)
            {
                document = document with { Issuer = documents[i + 1].Issuer };
            }
            documents[i] = document with { JoinNext = parts[i].Join };
        }
        return PlanOpening.Body(documents) == body ? documents : null;
    }

    // "Quyết định số …": a kind name, then " số ".
    private static bool StartsWithNumberedKind(ReadOnlySpan<char> text)
    {
        foreach (var kind in KindNames)
        {
            if (text.StartsWith(kind, StringComparison.Ordinal) && text[kind.Length..].StartsWith(" số ", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A "Thực hiện …" sentence as one or more cited documents (citations joined by "; ", documents in one by " và " or ", ").</summary>
    public static IReadOnlyList<CitedDocument> ParseImplementing(string sentence)
    {
        var trimmed = sentence.Trim();
        var body = trimmed.StartsWith("Thực hiện ", StringComparison.Ordinal) ? trimmed["Thực hiện ".Length..] : trimmed;
        body = body.TrimEnd('.', ' ');
        var parts = body.Split("; ");
        var citations = parts.Select(p => ParseJoined(p) ?? (ParseBody(p) is { } one ? [one] : null)).ToArray();
        if (citations.All(c => c is not null)
            && "Thực hiện " + string.Join("; ", citations.Select(c => PlanOpening.Body(c!))) + "." == trimmed)
        {
            return [.. citations.SelectMany(c => c!)];
        }
        var single = ParseBody(body);
        if (single is not null && PlanText.ImplementingLine([single]) == trimmed)
        {
            return [single];
        }
        return [(single ?? new CitedDocument { Kind = FirstWords(body) }) with { Text = trimmed }];
    }

    private static string FirstWords(string body)
    {
        var at = body.IndexOf(" số ", StringComparison.Ordinal);
        return at > 0 ? body[..at] : string.Join(' ', body.Split(' ').Take(2));
    }

    private static bool TryDate(Match match, out DateOnly date)
    {
        date = default;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^ số (?<n>[^\s,]+)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^,? ngày (?<d>\d{1,2}) tháng (?<m>\d{1,2}) năm (?<y>\d{4})")]
    private static partial Regex LongDatePattern();
}
