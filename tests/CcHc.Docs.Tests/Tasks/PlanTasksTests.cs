using CcHc.Docs.Plans;
using CcHc.Docs.Tasks;
using CcHc.Docs.Tests.Rendering;

namespace CcHc.Docs.Tests.Tasks;

public sealed class PlanTasksTests
{
    private const string Par = "vinh-phong-par-sipas-papi-2026";

    [Theory]
    [InlineData("Phòng Văn hóa - Xã hội", "Phòng Văn hóa – Xã hội")]
    [InlineData("Phòng Văn hóa - Xã hội", "Phòng VH-XH")]
    [InlineData("Phòng Văn hóa - Xã hội", "phòng văn hoá-xã hội")]
    [InlineData("Văn phòng HĐND và UBND xã", "Văn phòng HĐND&UBND xã")]
    [InlineData("Văn phòng HĐND và UBND xã", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân")]
    [InlineData("Ủy ban MTTQ Việt Nam", "Uỷ ban Mặt trận Tổ quốc Việt Nam")]
    public void Spellings_of_one_unit_share_a_key(string a, string b)
    {
        Assert.Equal(UnitNames.Key(a), UnitNames.Key(b));
    }

    [Theory]
    [InlineData("Phòng Kinh tế", "Phòng Văn hóa - Xã hội")]
    [InlineData("Trung tâm phục vụ Hành chính công", "Trung tâm Văn hóa, Thể thao và Truyền thanh")]
    public void Different_units_have_different_keys(string a, string b)
    {
        Assert.NotEqual(UnitNames.Key(a), UnitNames.Key(b));
    }

    [Theory]
    [InlineData("Phòng Kinh tế, Các cơ quan, đơn vị có liên quan", "Phòng Kinh tế|Các cơ quan, đơn vị có liên quan")]
    [InlineData("Phòng Văn hóa – Xã hội, Trung tâm phục vụ Hành chính công", "Phòng Văn hóa – Xã hội|Trung tâm phục vụ Hành chính công")]
    [InlineData("Trung tâm Văn hóa, Thể thao và Truyền thanh", "Trung tâm Văn hóa, Thể thao và Truyền thanh")]
    [InlineData("Ủy ban MTTQVN, các tổ chức chính trị xã hội, các cơ quan, đơn vị liên quan", "Ủy ban MTTQVN|các tổ chức chính trị xã hội|các cơ quan, đơn vị liên quan")]
    [InlineData("  ", "")]
    public void A_cell_splits_into_its_units_keeping_commas_inside_names(string cell, string expected)
    {
        Assert.Equal(expected, string.Join("|", UnitNames.Split(cell).Select(u => u.Original)));
    }

    [Fact]
    public void The_PAR_plan_gives_every_appendix_row_and_unit_bullet_an_id_in_document_order()
    {
        var plan = ExamplePlans.Plan(Par);
        var tasks = PlanTasks.Collect(plan);

        var rows = tasks.Where(t => t.Source == TaskSource.AppendixRow).ToList();
        Assert.Equal(CountRows(plan), rows.Count);
        Assert.Equal(tasks.Count, tasks.Select(t => t.Id).Distinct().Count());

        // Phụ lục 1, group I (Công tác chỉ đạo điều hành), row 3.1: "Xây dựng KH kiểm tra …", Quý I.
        var row = tasks.Single(t => t.Id == "78/KH-UBND#PL1.I.3.1");
        Assert.StartsWith("Xây dựng KH kiểm tra", row.Text, StringComparison.Ordinal);
        Assert.Equal("Quý I", row.Deadline);
        Assert.Equal(new DateOnly(2026, 3, 31), row.Period!.End);
        Assert.Equal("Công tác chỉ đạo điều hành CCHC", row.Group);
        Assert.Equal("appendices[0].tables[0].groups[0].tasks[2].subtasks[0]", row.Path);

        // Body: section II (NHIỆM VỤ VÀ GIẢI PHÁP), 1. Phòng Văn hóa - Xã hội, first bullet.
        var bullet = tasks.Single(t => t.Id == "78/KH-UBND#II.1-1");
        Assert.Equal(TaskSource.Assignment, bullet.Source);
        Assert.Equal("Phòng Văn hóa - Xã hội", bullet.Lead);
        Assert.StartsWith("Chủ trì, phối hợp với các cơ quan, đơn vị thực hiện các giải pháp nâng cao các Chỉ số PAR Index", bullet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasks_group_by_unit_across_spellings_with_the_original_kept()
    {
        var tasks = PlanTasks.Collect(ExamplePlans.Plan(Par));

        var units = PlanTasks.ByUnit(tasks);
        var vhxh = units.Single(u => u.Unit.Key == UnitNames.Key("Phòng VH-XH"));

        // Both spellings occur as leads in the plan; the group holds the tasks of either.
        var expected = tasks.Where(t => t.Lead is { } l && (l.Contains("Phòng Văn hóa - Xã hội", StringComparison.Ordinal) || l.Contains("Phòng Văn hóa – Xã hội", StringComparison.Ordinal))).ToList();
        Assert.Contains(expected, t => t.Lead!.Contains('–', StringComparison.Ordinal));
        Assert.Equal(expected.Select(t => t.Id), vhxh.Tasks.Select(t => t.Id));
        Assert.Equal("Phòng Văn hóa - Xã hội", vhxh.Unit.Original);
        Assert.Same(vhxh.Tasks[0], PlanTasks.ForUnit(tasks, "phòng văn hoá – xã hội")!.Tasks[0]);
        Assert.Null(PlanTasks.ForUnit(tasks, "Phòng Tư pháp"));
    }

    private static int CountRows(Plan plan)
    {
        static int Count(IEnumerable<PlanTask> tasks) => tasks.Sum(t => 1 + Count(t.Subtasks));
        return plan.Appendices.SelectMany(a => a.Tables).Sum(t => Count(t.Tasks) + t.Groups.Sum(g => Count(g.Tasks)));
    }
}
