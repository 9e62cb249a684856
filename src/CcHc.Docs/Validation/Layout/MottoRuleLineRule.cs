namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1007: a solid line under the Tiêu ngữ, as long as its text. nd30 §3 ô 1.</summary>
internal sealed class MottoRuleLineRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document)
    {
        var motto = document.Paragraphs.FirstOrDefault(p => p.Role == LayoutRole.Motto);
        if (motto is not null && !LetterheadRuleLines.HasRuleUnder(document, motto))
        {
            yield return LayoutFinding.At("KH1007", Severity.Warning, motto.Number,
                "Thiếu đường kẻ ngang dưới Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\"; kẻ một đường liền dài bằng dòng chữ.");
        }
    }
}
