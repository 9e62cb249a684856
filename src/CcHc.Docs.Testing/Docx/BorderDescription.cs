using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>Describes one border edge as <c>none</c>, <c>single</c> or <c>single/0.5pt</c>.</summary>
internal static class BorderDescription
{
    public static string Of(BorderType border, bool withSize)
    {
        var kind = border.Val?.InnerText;
        if (kind is null or "nil" or "none") return "none";
        if (!withSize || Units.Parse(border.Size?.InnerText) is not { } size) return kind;
        return kind + "/" + Units.EighthPointsToPt(size);
    }
}
