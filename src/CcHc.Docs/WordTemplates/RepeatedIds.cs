using System.Globalization;
using System.Text.RegularExpressions;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// Makes the ids that must be unique in a part unique again after blocks repeated content: a repeated bookmark gets
/// a new id (its end the same one) and a new name (Word reports duplicate bookmarks as an error in the file); a
/// repeated drawing a new <c>wp:docPr</c> id; a repeated paragraph or row a new <c>w14:paraId</c>. The first
/// occurrence of each keeps its id, so content that is not repeated is written unchanged. A bookmark end repeated
/// without its start (the bookmark opened before the loop) is dropped.
/// </summary>
internal static partial class RepeatedIds
{
    private const int MaxBookmarkName = 40;
    private const long MaxParaId = 0x7FFFFFFF;

    /// <summary>True when <paramref name="xml"/> has anything this pass renumbers.</summary>
    public static bool Concern(string xml) =>
        xml.Contains("bookmarkStart", StringComparison.Ordinal) || xml.Contains("docPr", StringComparison.Ordinal) || xml.Contains(":paraId=", StringComparison.Ordinal);

    public static string Apply(string xml)
    {
        // First pass: the ids and names in use, so a new one never meets one written later.
        var bookmarkIds = new HashSet<long>();
        var bookmarkNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var drawingIds = new HashSet<long>();
        var paraIds = new HashSet<long>();
        foreach (Match match in Element().Matches(xml))
        {
            var tag = match.Value;
            switch (match.Groups["kind"].Value)
            {
                case "bookmarkStart":
                    if (Number(PrefixedId(), tag) is { } id)
                    {
                        bookmarkIds.Add(id);
                    }
                    if (NameOf(tag) is { } name)
                    {
                        bookmarkNames.Add(name);
                    }
                    break;
                case "docPr":
                    if (Number(PlainId(), tag) is { } drawing)
                    {
                        drawingIds.Add(drawing);
                    }
                    break;
                case "":
                    paraIds.Add(long.Parse(match.Groups["para"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    break;
            }
        }
        if (bookmarkIds.Count == 0 && drawingIds.Count == 0 && paraIds.Count == 0)
        {
            return xml;
        }

        var nextBookmark = bookmarkIds.Count == 0 ? 0 : bookmarkIds.Max() + 1;
        var nextDrawing = drawingIds.Count == 0 ? 1 : drawingIds.Max() + 1;
        var nextPara = paraIds.Count == 0 ? 1 : paraIds.Max() + 1;
        var startedBookmarks = new HashSet<long>();
        var openBookmarks = new Dictionary<long, long>();
        var writtenDrawings = new HashSet<long>();
        var writtenParas = new HashSet<long>();
        return Element().Replace(xml, match =>
        {
            var tag = match.Value;
            switch (match.Groups["kind"].Value)
            {
                case "bookmarkStart":
                {
                    if (Number(PrefixedId(), tag) is not { } id)
                    {
                        return tag;
                    }
                    if (startedBookmarks.Add(id))
                    {
                        openBookmarks[id] = id;
                        return tag;
                    }
                    var fresh = nextBookmark++;
                    openBookmarks[id] = fresh;
                    tag = PrefixedId().Replace(tag, m => m.Groups[1].Value + fresh.ToString(CultureInfo.InvariantCulture) + "\"", 1);
                    return NameOf(tag) is { } name ? NameAttribute().Replace(tag, m => m.Groups[1].Value + UniqueName(name, bookmarkNames) + "\"", 1) : tag;
                }
                case "bookmarkEnd":
                {
                    if (Number(PrefixedId(), tag) is not { } id)
                    {
                        return tag;
                    }
                    if (!openBookmarks.Remove(id, out var written))
                    {
                        return startedBookmarks.Contains(id) ? "" : tag;
                    }
                    return written == id ? tag : PrefixedId().Replace(tag, m => m.Groups[1].Value + written.ToString(CultureInfo.InvariantCulture) + "\"", 1);
                }
                case "docPr":
                {
                    if (Number(PlainId(), tag) is not { } id || writtenDrawings.Add(id))
                    {
                        return tag;
                    }
                    var fresh = nextDrawing++;
                    writtenDrawings.Add(fresh);
                    return PlainId().Replace(tag, m => m.Groups[1].Value + fresh.ToString(CultureInfo.InvariantCulture) + "\"", 1);
                }
                default:
                {
                    var id = long.Parse(match.Groups["para"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    if (writtenParas.Add(id))
                    {
                        return tag;
                    }
                    if (nextPara > MaxParaId)
                    {
                        return ""; // w14:paraId is optional: better none than a duplicate
                    }
                    var fresh = nextPara++;
                    writtenParas.Add(fresh);
                    return $"{match.Groups["before"].Value}{fresh.ToString("X8", CultureInfo.InvariantCulture)}\"";
                }
            }
        });
    }

    // The name with a suffix that no bookmark of the part has, within Word's 40 characters.
    private static string UniqueName(string name, HashSet<string> taken)
    {
        for (var n = 2; ; n++)
        {
            var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
            var stem = name.Length + suffix.Length > MaxBookmarkName ? name[..(MaxBookmarkName - suffix.Length)] : name;
            var candidate = stem + suffix;
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private static long? Number(Regex attribute, string tag)
    {
        var match = attribute.Match(tag);
        return match.Success && long.TryParse(match.Groups[2].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string? NameOf(string tag)
    {
        var match = NameAttribute().Match(tag);
        return match.Success ? match.Groups[2].Value : null;
    }

    // A bookmark start or end, a drawing's docPr, or a paragraph's or row's w14:paraId attribute.
    [GeneratedRegex("<(?:\\w+:)?(?<kind>bookmarkStart|bookmarkEnd|docPr)\\b[^>]*>|(?<before>\\s\\w+:paraId=\")(?<para>[0-9A-Fa-f]{1,8})\"")]
    private static partial Regex Element();

    [GeneratedRegex("(\\s\\w+:id=\")(-?\\d+)\"")]
    private static partial Regex PrefixedId();

    [GeneratedRegex("(\\sid=\")(\\d+)\"")]
    private static partial Regex PlainId();

    [GeneratedRegex("(\\s\\w+:name=\")([^\"]*)\"")]
    private static partial Regex NameAttribute();
}
