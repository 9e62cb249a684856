using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation;

/// <summary>The cited documents of a plan with their paths, and the checks of a cited số/ký hiệu.</summary>
internal static class Citations
{
    /// <summary>Kinds that may be cited by name without number or date ("Luật Cán bộ, công chức").</summary>
    private static readonly string[] NamedKinds = ["Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh"];

    /// <summary>The căn cứ and "Thực hiện" documents, with their paths and whether each is the last of its list.</summary>
    public static IEnumerable<(string Path, CitedDocument Document, bool IsBasis, bool IsLast)> Of(Plan plan)
    {
        for (var i = 0; i < plan.Bases.Count; i++)
        {
            yield return ($"bases[{i}]", plan.Bases[i], true, i == plan.Bases.Count - 1);
        }
        for (var i = 0; i < plan.Implementing.Count; i++)
        {
            yield return ($"implementing[{i}]", plan.Implementing[i], false, i == plan.Implementing.Count - 1);
        }
    }

    /// <summary>True when a document of this kind needs a number and a date to be cited.</summary>
    public static bool NeedsNumberAndDate(string kind) =>
        !NamedKinds.Any(k => string.Equals(k, kind.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What is wrong with the số/ký hiệu <paramref name="number"/> of a document of kind <paramref name="kind"/>,
    /// in Vietnamese, or null when it is fine.
    /// </summary>
    public static string? NumberProblem(string kind, string number)
    {
        var parsed = DocumentNumber.TryParse(number);
        if (!parsed.Success)
        {
            var hint = number.Contains("/20", StringComparison.Ordinal) && number.Contains('-', StringComparison.Ordinal)
                && !number[(number.IndexOf('/', StringComparison.Ordinal) + 1)..].Contains('/', StringComparison.Ordinal)
                ? " (năm và ký hiệu ngăn cách bằng \"/\", ví dụ \"118/2025/NĐ-CP\")"
                : "";
            return $"Số, ký hiệu \"{number}\" không đúng mẫu{hint}: số, \"/\", ký hiệu viết liền không dấu cách, ví dụ \"78/KH-UBND\" hoặc \"118/2025/NĐ-CP\".";
        }
        var value = parsed.Value!;
        if (value.IsParty)
        {
            // "22-QĐ/TW", "09-KH/TU": the Party's own rules (Hướng dẫn 36-HD/VPTW) abbreviate kinds differently from
            // NĐ30 ("QĐ" is also a Quy định) and never carry the year; a well-formed Party number is accepted.
            return null;
        }
        var known = DocumentKinds.FindByName(kind);
        if (known is not null && value.Kind is not null && !string.Equals(value.Kind, known.Abbreviation, StringComparison.Ordinal))
        {
            return $"Ký hiệu \"{number}\" không khớp với tên loại \"{kind}\" (viết tắt là \"{known.Abbreviation}\").";
        }
        if (known?.Category == DocumentKindCategory.LegalNormative && value.Year is null && !value.IsDraft)
        {
            return $"Số, ký hiệu \"{number}\" của {kind} thiếu năm ban hành: văn bản quy phạm pháp luật ghi năm giữa số và ký hiệu, ví dụ \"{value.Number:00}/2025/{value.Symbol}\".";
        }
        return null;
    }
}
