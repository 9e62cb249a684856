using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0015: a typed appendix label is the one NĐ30 gives: "Phụ lục I", "Phụ lục II" … in Roman numerals when there
/// are two or more; "Phụ lục" or "Phụ lục I" when there is one.
/// </summary>
internal sealed class AppendixLabelRule : PlanRule
{
    public override string Code => "KH0015";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        var count = plan.Appendices.Count;
        for (var i = 0; i < count; i++)
        {
            if (plan.Appendices[i].Label is not { } label)
            {
                continue;
            }
            var expected = PlanText.ComputedAppendixLabel(count, i);
            var alsoFine = count == 1 ? "Phụ lục I" : expected;
            var written = label.Trim();
            if (written == expected || written == alsoFine)
            {
                continue;
            }
            var why = written.Any(char.IsAsciiDigit) ? " (phụ lục đánh số La Mã khi có từ hai phụ lục trở lên)" : "";
            yield return At($"appendices[{i}].label", $"Nhãn \"{written}\" không đúng{why}; viết \"{expected}\" hoặc bỏ label để tính tự động.");
        }
    }
}
