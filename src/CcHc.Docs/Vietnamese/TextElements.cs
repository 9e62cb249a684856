using System.Globalization;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Shortens text for messages at text-element boundaries (what a reader sees as one character), so a cut never
/// splits a surrogate pair (an emoji, a Hán-Nôm character) or separates a letter from its combining marks.
/// </summary>
internal static class TextElements
{
    /// <summary>The first text elements of <paramref name="text"/> that fit in <paramref name="maxLength"/> UTF-16 units.</summary>
    public static string Head(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > maxLength)
            {
                break;
            }
            end = next;
        }
        return text[..end];
    }

    /// <summary>The last text elements of <paramref name="text"/> that fit in <paramref name="maxLength"/> UTF-16 units.</summary>
    public static string Tail(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var start = 0;
        while (start < text.Length && text.Length - start > maxLength)
        {
            start += StringInfo.GetNextTextElementLength(text, start);
        }
        return text[start..];
    }
}
