namespace CcHc.Docs.Validation.Layout;

/// <summary>KH1006: a solid line under the cơ quan ban hành (1/3–1/2 of its line, centred). nd30 §3 ô 2.</summary>
internal sealed class IssuerRuleLineRule : ILayoutRule
{
    public IEnumerable<Diagnostic> Check(LayoutDocument document)
    {
        var last = document.Paragraphs.LastOrDefault(p => p.Role == LayoutRole.Issuer);
        if (last is not null && !LetterheadRuleLines.HasRuleUnder(document, last))
        {
            yield return LayoutFinding.At("KH1006", Severity.Warning, last.Number,
                $"Thiếu đường kẻ ngang dưới tên cơ quan ban hành \"{last.Text}\"; kẻ một đường liền dài 1/3–1/2 dòng chữ, đặt giữa.");
        }
    }
}
