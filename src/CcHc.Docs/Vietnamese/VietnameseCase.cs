using System.Globalization;
using System.Text;

namespace CcHc.Docs.Vietnamese;

/// <summary>
/// Case changes for Vietnamese text that give the same result on every machine: "Ủy ban nhân dân xã Vĩnh Phong"
/// → "ỦY BAN NHÂN DÂN XÃ VĨNH PHONG", đ ↔ Đ, every tone mark kept.
/// </summary>
/// <remarks>
/// All methods use the invariant culture's case tables (never the current culture, so a Turkish or Azeri
/// machine does not turn "i" into "İ"), accept text in any normalisation form, and return NFC.
/// </remarks>
public static class VietnameseCase
{
    private static readonly TextInfo Invariant = CultureInfo.InvariantCulture.TextInfo;

    /// <summary>Upper case, e.g. for the agency name and "KẾ HOẠCH" in the letterhead.</summary>
    public static string ToUpper(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Invariant.ToUpper(text.Normalize(NormalizationForm.FormC)).Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower case.</summary>
    public static string ToLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Invariant.ToLower(text.Normalize(NormalizationForm.FormC)).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Upper-cases the first letter and leaves the rest alone ("phấn đấu đạt" → "Phấn đấu đạt"). Leading
    /// non-letters such as quotes or a bullet are skipped: "“trách nhiệm”" → "“Trách nhiệm”".
    /// </summary>
    public static string CapitalizeFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfc = text.Normalize(NormalizationForm.FormC);
        for (var i = 0; i < nfc.Length; i++)
        {
            if (char.IsLetter(nfc[i]))
            {
                var upper = Invariant.ToUpper(nfc[i]);
                return upper == nfc[i] ? nfc : string.Concat(nfc.AsSpan(0, i), upper.ToString(), nfc.AsSpan(i + 1));
            }
        }

        return nfc;
    }

    /// <summary>
    /// Each word with a capital first letter and the rest lower case, for personal names:
    /// "NGUYỄN VĂN AN" → "Nguyễn Văn An". Spacing is kept as it is.
    /// </summary>
    public static string ToTitleCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = ToLower(text);
        var builder = new StringBuilder(lower.Length);
        var atWordStart = true;
        foreach (var c in lower)
        {
            builder.Append(atWordStart && char.IsLetter(c) ? Invariant.ToUpper(c) : c);
            atWordStart = char.IsWhiteSpace(c) || c == '-';
        }

        return builder.ToString();
    }
}
