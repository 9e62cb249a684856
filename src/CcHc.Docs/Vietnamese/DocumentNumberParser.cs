using System.Globalization;
using System.Text;

namespace CcHc.Docs.Vietnamese;

/// <summary>Reads "78/KH-UBND", "118/2025/NĐ-CP", "12/UBND-VX", "57-NQ/TW" and drafts; see <see cref="DocumentNumber"/>.</summary>
internal static class DocumentNumberParser
{
    public static DocumentNumberParseResult Parse(string original)
    {
        var s = original.Normalize(NormalizationForm.FormC).TrimEnd();
        var i = SkipSpaces(s, 0);
        if (s.AsSpan(i).StartsWith("Số", StringComparison.OrdinalIgnoreCase))
        {
            i += 2;
            if (i < s.Length && s[i] == ':')
            {
                i++;
            }

            i = SkipSpaces(s, i);
        }

        if (i == s.Length)
        {
            return Fail(i, "The document number is empty; write it as \"78/KH-UBND\".");
        }

        int? number = null;
        var numberText = string.Empty;
        if (char.IsAsciiDigit(s[i]))
        {
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            numberText = s[start..i];
            if (numberText.Length > 9)
            {
                return Fail(start, $"The number \"{numberText}\" is too long.");
            }

            number = int.Parse(numberText, CultureInfo.InvariantCulture);
            if (number == 0)
            {
                return Fail(start, $"The number \"{numberText}\" must be 1 or more (the first document of a year is 01).");
            }

            var next = SkipSpaces(s, i);
            if (next > i && next < s.Length && s[next] is '/' or '-')
            {
                return Fail(i, $"Remove the space between the number \"{numberText}\" and \"{s[next]}\"; "
                    + "a số/ký hiệu is written without spaces.");
            }

            if (i == s.Length)
            {
                return Fail(i, $"The number \"{numberText}\" must be followed by \"/\" and the ký hiệu, e.g. \"{numberText}/KH-UBND\".");
            }
        }
        else if (s[i] is not ('/' or '-'))
        {
            return Fail(i, $"Expected the number (or a blank, in a draft) before \"/\", found \"{s[i]}\".");
        }

        if (s[i] == '-')
        {
            return ParseParty(s, i + 1, number);
        }

        if (s[i] != '/')
        {
            return Fail(i, $"Expected \"/\" after the number \"{numberText}\", found \"{s[i]}\".");
        }

        i++;
        int? year = null;
        if (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            var yearText = s[start..i];
            if (yearText.Length == 4 && i < s.Length && s[i] == '-')
            {
                return Fail(i, $"The year \"{yearText}\" must be followed by \"/\", not \"-\": write "
                    + $"\"{DocumentNumber.FormatNumber(number).Trim()}/{yearText}/{s[(i + 1)..]}\".");
            }

            if (yearText.Length != 4 || yearText[0] == '0')
            {
                return Fail(start, $"The year \"{yearText}\" in a document number must have four digits, as in \"118/2025/NĐ-CP\".");
            }

            if (i == s.Length || s[i] != '/')
            {
                return Fail(i, $"The year \"{yearText}\" must be followed by \"/\" and the ký hiệu, as in \"118/2025/NĐ-CP\".");
            }

            year = int.Parse(yearText, CultureInfo.InvariantCulture);
            i++;
        }

        var symbolStart = i;
        var problem = CheckSymbol(s, symbolStart, s.Length);
        if (problem is { } p)
        {
            return Fail(p.Position, p.Message);
        }

        var segments = s[symbolStart..].Split('-');
        if (DocumentKinds.FindByAbbreviation(segments[0]) is not null)
        {
            if (segments.Length == 1)
            {
                return Fail(s.Length, $"The ký hiệu \"{segments[0]}\" names the kind but not the issuer; write e.g. \"{segments[0]}-UBND\".");
            }

            return Ok(number, year, segments[0], string.Join('-', segments, 1, segments.Length - 1), null, isParty: false);
        }

        var unit = segments.Length == 1 ? null : string.Join('-', segments, 1, segments.Length - 1);
        return Ok(number, year, null, segments[0], unit, isParty: false);
    }

    /// <summary>The problem with a kind, issuer or unit code given to a factory method, or null if it is fine.</summary>
    public static string? CheckSegments(string code) =>
        CheckSymbol(code, 0, code.Length)?.Message;

    private static DocumentNumberParseResult ParseParty(string s, int i, int? number)
    {
        var slash = s.IndexOf('/', i);
        if (slash < 0)
        {
            return Fail(s.Length, "A party document number needs \"/\" and the issuing body after the kind, as in \"57-NQ/TW\".");
        }

        if (slash == i)
        {
            return Fail(i, "The kind is missing between \"-\" and \"/\", as in \"57-NQ/TW\".");
        }

        if (slash + 1 == s.Length)
        {
            return Fail(s.Length, "The issuing body after \"/\" is missing, as in \"57-NQ/TW\".");
        }

        var kindProblem = CheckSymbol(s, i, slash);
        if (kindProblem is { } k)
        {
            return Fail(k.Position, k.Message);
        }

        if (s.AsSpan(i, slash - i).Contains('-'))
        {
            return Fail(i, $"The kind \"{s[i..slash]}\" of a party document is a single abbreviation, as in \"57-NQ/TW\".");
        }

        var issuerProblem = CheckSymbol(s, slash + 1, s.Length);
        if (issuerProblem is { } p)
        {
            return Fail(p.Position, p.Message);
        }

        return Ok(number, null, s[i..slash], s[(slash + 1)..], null, isParty: true);
    }

    /// <summary>Checks s[start..end) is one or more "-"-separated codes, each starting with a capital letter.</summary>
    private static (int Position, string Message)? CheckSymbol(string s, int start, int end)
    {
        var symbol = s[start..end];
        if (symbol.Length == 0)
        {
            return (start, "The ký hiệu is missing, e.g. \"KH-UBND\" in \"78/KH-UBND\".");
        }

        for (var k = start; k < end; k++)
        {
            var c = s[k];
            if (char.IsWhiteSpace(c))
            {
                return (k, $"Remove the space in the ký hiệu \"{symbol}\"; a ký hiệu is written without spaces.");
            }

            if (c == '/')
            {
                return (k, $"Unexpected \"/\" in the ký hiệu \"{symbol}\".");
            }

            if (!char.IsLetterOrDigit(c) && c != '-')
            {
                return (k, $"Unexpected \"{c}\" in the ký hiệu \"{symbol}\".");
            }
        }

        var segmentStart = start;
        for (var k = start; k <= end; k++)
        {
            if (k < end && s[k] != '-')
            {
                continue;
            }

            if (k == segmentStart)
            {
                return (k, $"The ký hiệu \"{symbol}\" has an empty part; check the hyphens.");
            }

            if (!char.IsUpper(s[segmentStart]))
            {
                return (segmentStart, $"The part \"{s[segmentStart..k]}\" of the ký hiệu must start with a capital letter.");
            }

            segmentStart = k + 1;
        }

        return null;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static DocumentNumberParseResult Ok(int? number, int? year, string? kind, string issuer, string? unit, bool isParty) =>
        DocumentNumberParseResult.Succeeded(DocumentNumber.Create(number, year, kind, issuer, unit, isParty));

    private static DocumentNumberParseResult Fail(int position, string message) =>
        DocumentNumberParseResult.Failed(position, message);
}
