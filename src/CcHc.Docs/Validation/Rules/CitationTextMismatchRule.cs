using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0011: a căn cứ or "Thực hiện" line written out in <c>text</c> says the same as its fields: the same
/// opening word, and the kind, number, date and issuer of every document it cites (documents joined by
/// <c>join_next: and</c>/<c>comma</c> share the first one's text; a text on a later one is reported).
/// </summary>
internal sealed class CitationTextMismatchRule : PlanRule
{
    public override string Code => "KH0011";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var citation in PlanOpening.Citations(plan))
        {
            for (var i = 1; i < citation.Documents.Count; i++)
            {
                if (citation.Documents[i].Text is not null)
                {
                    yield return At(citation.PathOf(i) + ".text",
                        $"Văn bản này được nối vào dòng của {citation.PathOf(0)} (join_next: and/comma), nên text của nó không được in; ghi cả dòng vào {citation.PathOf(0)}.text.");
                }
            }
            if (citation.Text is not { } text)
            {
                continue;
            }
            var at = citation.PathOf(0) + ".text";
            var opening = citation.IsBasis ? "Căn cứ" : "Thực hiện";
            if (!text.TrimStart().StartsWith(opening, StringComparison.Ordinal))
            {
                yield return At(at, $"Dòng \"{TextPatterns.Quote(text)}\" phải bắt đầu bằng \"{opening}\".");
            }
            foreach (var document in citation.Documents)
            {
                foreach (var problem in Disagreements(document, text))
                {
                    yield return At(at, problem);
                }
            }
        }
    }

    private static IEnumerable<string> Disagreements(CitedDocument document, string text)
    {
        if (!text.Contains(document.Kind, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"Dòng viết tay không nhắc tên loại \"{document.Kind}\" ghi trong kind: \"{TextPatterns.Quote(text)}\".";
        }
        if (document.Number is { } number && !text.Contains(number, StringComparison.Ordinal))
        {
            yield return $"Dòng viết tay không có số, ký hiệu \"{number}\" ghi trong number: \"{TextPatterns.Quote(text)}\"; sửa cho khớp.";
        }
        if (document.Date is { } date && !TextPatterns.DatesIn(text).Any(d => d.Date == date))
        {
            yield return $"Dòng viết tay không có ngày {TextPatterns.Short(date)} ghi trong date: \"{TextPatterns.Quote(text)}\"; sửa cho khớp.";
        }
        if (document.Issuer is { } issuer && !TextPatterns.IssuerKey(text).Contains(TextPatterns.IssuerKey(issuer), StringComparison.Ordinal))
        {
            yield return $"Dòng viết tay không nhắc cơ quan ban hành \"{issuer}\" ghi trong issuer: \"{TextPatterns.Quote(text)}\".";
        }
    }
}
