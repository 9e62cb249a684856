using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation.Rules;

/// <summary>KH0034: nơi nhận ends with "Lưu: VT, &lt;đơn vị soạn thảo&gt;." — the archive is listed and starts with "VT".</summary>
internal sealed class ArchiveLineRule : PlanRule
{
    public override string Code => "KH0034";

    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        if (plan.Archive.Count == 0)
        {
            yield return At("archive", "Nơi nhận thiếu dòng \"Lưu: VT, <đơn vị soạn thảo>.\"; thêm archive, ví dụ [VT, VHXH].");
        }
        else if (plan.Archive[0].Trim() != "VT")
        {
            yield return At("archive[0]", $"Dòng lưu bắt đầu bằng \"VT\" (văn thư): \"Lưu: VT, …\", không phải \"{plan.Archive[0]}\".");
        }
    }
}
