using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0011: a căn cứ or "Thực hiện" line written out in <c>text</c> says the same as its fields: the same
/// opening word, kind, number, date and issuer.
/// </summary>
internal sealed class CitationTextMismatchRule : PlanRule
{
    public override string Code => "KH0011";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var (path, document, isBasis, _) in Citations.Of(plan))
        {
            if (document.Text is not { } text)
            {
                continue;
            }
            var at = path + ".text";
            var opening = isBasis ? "Căn cứ" : "Thực hiện";
            if (!text.TrimStart().StartsWith(opening, StringComparison.Ordinal))
            {
                yield return At(at, $"Dòng \"{TextPatterns.Quote(text)}\" phải bắt đầu bằng \"{opening}\".");
            }
            if (!text.Contains(document.Kind, StringComparison.OrdinalIgnoreCase))
            {
                yield return At(at, $"Dòng viết tay không nhắc tên loại \"{document.Kind}\" ghi trong kind: \"{TextPatterns.Quote(text)}\".");
            }
            if (document.Number is { } number && !text.Contains(number, StringComparison.Ordinal))
            {
                yield return At(at, $"Dòng viết tay không có số, ký hiệu \"{number}\" ghi trong number: \"{TextPatterns.Quote(text)}\"; sửa cho khớp.");
            }
            if (document.Date is { } date && !TextPatterns.DatesIn(text).Any(d => d.Date == date))
            {
                yield return At(at, $"Dòng viết tay không có ngày {TextPatterns.Short(date)} ghi trong date: \"{TextPatterns.Quote(text)}\"; sửa cho khớp.");
            }
            if (document.Issuer is { } issuer && !TextPatterns.IssuerKey(text).Contains(TextPatterns.IssuerKey(issuer), StringComparison.Ordinal))
            {
                yield return At(at, $"Dòng viết tay không nhắc cơ quan ban hành \"{issuer}\" ghi trong issuer: \"{TextPatterns.Quote(text)}\".");
            }
        }
    }
}
