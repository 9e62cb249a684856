using CcHc.Docs.Plans;
using CcHc.Docs.Validation;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

public sealed class DeadlineRuleTests
{
    private static readonly Plan Valid = Complete();

    [Fact]
    public void KH0060_an_unreadable_deadline_is_reported_as_info_with_its_phrase()
    {
        var unreadable = Valid.WithAppendixTask(t => t with { Deadline = "Theo chỉ đạo của tỉnh" });

        Assert.Equal([$"KH0060 {AppendixTaskPath}.deadline"], Run("KH0060", unreadable));
        var diagnostic = Assert.Single(new PlanValidator([Rule("KH0060")]).Check(unreadable).Diagnostics);
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Contains("\"Theo chỉ đạo của tỉnh\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quý I, 6 tháng, quý III và tổng kết năm")]
    [InlineData("Thường xuyên")]
    [InlineData("Trước ngày 30/6/2026")]
    [InlineData(null)]
    public void KH0060_readable_or_missing_deadlines_pass(string? deadline)
    {
        Assert.Empty(Run("KH0060", Valid.WithAppendixTask(t => t with { Deadline = deadline })));
    }
}
