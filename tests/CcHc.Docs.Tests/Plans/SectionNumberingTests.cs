using CcHc.Docs.Plans;

namespace CcHc.Docs.Tests.Plans;

public sealed class SectionNumberingTests
{
    [Theory]
    [InlineData(new[] { 1 }, "I.")]
    [InlineData(new[] { 4 }, "IV.")]
    [InlineData(new[] { 9 }, "IX.")]
    [InlineData(new[] { 2, 1 }, "1.")]
    [InlineData(new[] { 2, 12 }, "12.")]
    [InlineData(new[] { 2, 7, 1 }, "a)")]
    [InlineData(new[] { 2, 7, 5 }, "đ)")]
    [InlineData(new[] { 2, 7, 6 }, "e)")]
    [InlineData(new[] { 2, 7, 7 }, "g)")]
    [InlineData(new[] { 2, 7, 5, 1 }, "-")]
    public void Nd30_labels_follow_muc_khoan_diem(int[] path, string expected) =>
        Assert.Equal(expected, SectionNumbering.Label(NumberingScheme.Nd30, path));

    [Theory]
    [InlineData(new[] { 3 }, "III.")]
    [InlineData(new[] { 3, 7 }, "7.")]
    [InlineData(new[] { 3, 7, 1 }, "7.1.")]
    [InlineData(new[] { 3, 7, 1, 2 }, "7.1.2.")]
    public void Decimal_labels_join_positions_below_the_top_level(int[] path, string expected) =>
        Assert.Equal(expected, SectionNumbering.Label(NumberingScheme.Decimal, path));

    [Fact]
    public void Empty_or_zero_paths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => SectionNumbering.Label(NumberingScheme.Nd30, []));
        Assert.Throws<ArgumentException>(() => SectionNumbering.Label(NumberingScheme.Nd30, [1, 0]));
    }

    [Fact]
    public void Appendix_rows_number_groups_in_roman_and_tasks_by_position()
    {
        var table = new AppendixTable
        {
            Tasks = [new PlanTask { Text = "loose" }],
            Groups =
            [
                new TaskGroup
                {
                    Title = "Công tác chỉ đạo",
                    Tasks =
                    [
                        new PlanTask { Text = "a" },
                        new PlanTask { Text = "b", Subtasks = [new PlanTask { Text = "b1" }, new PlanTask { Text = "b2" }] },
                    ],
                },
                new TaskGroup { Title = "Cải cách thể chế", Tasks = [new PlanTask { Text = "c" }] },
            ],
        };

        var rows = AppendixRow.Flatten(table);

        Assert.Equal(["1", "I", "1", "2", "2.1", "2.2", "II", "1"], rows.Select(r => r.Number));
        Assert.Equal([1, 0, 1, 1, 2, 2, 0, 1], rows.Select(r => r.Depth));
        Assert.True(rows[1].IsGroup);
        Assert.Equal("b2", rows[5].Task!.Text);
    }
}
