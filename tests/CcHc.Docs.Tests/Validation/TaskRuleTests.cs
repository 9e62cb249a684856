using CcHc.Docs.Plans;
using static CcHc.Docs.Tests.Validation.ValidPlans;

namespace CcHc.Docs.Tests.Validation;

public sealed class TaskRuleTests
{
    private static readonly Plan Valid = Complete();

    private static Plan WithTarget(Target target) =>
        Valid.WithSection(1, Valid.Sections[1] with { Targets = [target] });

    [Fact]
    public void KH0024_a_task_names_its_lead_unless_each_subtask_does()
    {
        var noLead = Valid.WithAppendixTask(t => t with { Lead = null });
        var subtasksLead = Valid.WithAppendixTask(t => t with { Lead = null, Subtasks = [t with { Text = "Bước 1" }, t with { Text = "Bước 2" }] });
        var oneSubtaskWithout = Valid.WithAppendixTask(t => t with { Lead = null, Subtasks = [t with { Text = "Bước 1" }, t with { Text = "Bước 2", Lead = null }] });

        Assert.Equal([$"KH0024 {AppendixTaskPath}.lead"], Run("KH0024", noLead));
        Assert.Empty(Run("KH0024", subtasksLead));
        Assert.Equal([$"KH0024 {AppendixTaskPath}.lead", $"KH0024 {AppendixTaskPath}.subtasks[1].lead"], Run("KH0024", oneSubtaskWithout));
    }

    [Fact]
    public void KH0025_deadlines_lie_in_the_plans_period()
    {
        var lastYear = Valid.WithAppendixTask(t => t with { Deadline = "Quý IV năm 2025" });
        var earlyDate = Valid.WithAppendixTask(t => t with { Deadline = "Trước 15/3/2026" });

        Assert.Equal([$"KH0025 {AppendixTaskPath}.deadline"], Run("KH0025", lastYear));
        Assert.Equal([$"KH0025 {AppendixTaskPath}.deadline"], Run("KH0025", earlyDate));
        Assert.Empty(Run("KH0025", Valid.WithAppendixTask(t => t with { Deadline = "Theo lộ trình giai đoạn 2026 - 2030; trước 30/6/2026" })));
    }

    [Fact]
    public void KH0026_no_percentage_above_one_hundred()
    {
        var text = WithTarget(new Target { Text = "Tỷ lệ hồ sơ đúng hạn đạt 110%", Figures = [new Figure(100, "%")] });
        var figure = WithTarget(new Target { Text = "Tỷ lệ hồ sơ đúng hạn đạt 100%", Figures = [new Figure(110, "%")] });

        Assert.Equal(["KH0026 sections[1].targets[0].text"], Run("KH0026", text));
        Assert.Equal(["KH0026 sections[1].targets[0].figures[0]"], Run("KH0026", figure));
        Assert.Empty(Run("KH0026", WithTarget(new Target { Text = "Thu ngân sách đạt 150 tỷ đồng, bằng 100%", Figures = [new Figure(150, "tỷ đồng")] })));
    }

    [Fact]
    public void KH0027_each_figure_appears_in_its_text()
    {
        var missing = WithTarget(new Target { Text = "Thu nhập bình quân đạt 90 triệu đồng/năm", Figures = [new Figure(95, "triệu đồng/năm")] });
        var viVn = WithTarget(new Target { Text = "Giải quyết 1.400 lượt; tổng vốn 847,35 tỷ đồng; 0,75%", Figures = [new Figure(1400, "lượt"), new Figure(847.35m, "tỷ đồng"), new Figure(0.75m, "%")] });

        Assert.Equal(["KH0027 sections[1].targets[0].figures[0]"], Run("KH0027", missing));
        Assert.Empty(Run("KH0027", viVn));
    }
}
