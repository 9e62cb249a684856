using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0007: each cited document has a kind and, unless it is a law cited by name, a number and a date.</summary>
internal sealed class CitationFieldsRule : PlanRule
{
    public override string Code => "KH0007";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var (path, document, _, _) in Citations.Of(plan))
        {
            if (string.IsNullOrWhiteSpace(document.Kind))
            {
                yield return At(path + ".kind", "Văn bản được viện dẫn thiếu tên loại (\"Nghị định\", \"Quyết định\", \"Kế hoạch\" …).");
                continue;
            }
            if (!Citations.NeedsNumberAndDate(document.Kind))
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(document.Number))
            {
                yield return At(path + ".number", $"{document.Kind} được viện dẫn thiếu số, ký hiệu; ghi đủ, ví dụ \"{document.Kind} số 78/KH-UBND\".");
            }
            if (document.Date is null)
            {
                yield return At(path + ".date", $"{document.Kind} {document.Number} được viện dẫn thiếu ngày ban hành.");
            }
        }
    }
}
