using System.Globalization;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Examples;
using CcHc.Docs.Validation;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Vietnamese;

public class DeadlineParserTests
{
    private const string Q1 = "2026-01-01..2026-03-31 [2026-03-31]";
    private const string Q2 = "2026-04-01..2026-06-30 [2026-06-30]";
    private const string Q3 = "2026-07-01..2026-09-30 [2026-09-30]";
    private const string Q4 = "2026-10-01..2026-12-31 [2026-12-31]";
    private const string Year = "2026-01-01..2026-12-31 [2026-12-31]";
    private const string Continuous = "2026-01-01..2026-12-31 [] continuous";
    private const string Period = "2026-01-01..2030-12-31 [2030-12-31]";
    private const string Quarterly = "2026-01-01..2026-12-31 [2026-03-31 2026-06-30 2026-09-30 2026-12-31] Quarterly";

    /// <summary>Phrase → "start..end [milestones] flags", every expectation worked out by hand for a 2026 plan.</summary>
    public static TheoryData<string, string> Phrases() => new()
    {
        { "Quý I", Q1 },
        { "Quý II", Q2 },
        { "Quý III", Q3 },
        { "Quý IV", Q4 },
        { "quý 1", Q1 },
        { "Quý 3/2026", Q3 },
        { "Quý II năm 2026", Q2 },
        { "Trong quý III", Q3 },
        { "Quý I/2027", "2027-01-01..2027-03-31 [2027-03-31]" },
        { "Q4/2026", Q4 },
        { "QUÝ IV NĂM 2026.", Q4 },
        { "  quí  II ", Q2 },
        { "6 tháng đầu năm", "2026-01-01..2026-06-30 [2026-06-30]" },
        { "6 tháng", "2026-01-01..2026-06-30 [2026-06-30]" },
        { "6 tháng đầu năm 2026", "2026-01-01..2026-06-30 [2026-06-30]" },
        { "6 tháng cuối năm", "2026-07-01..2026-12-31 [2026-12-31]" },
        { "9 tháng", "2026-01-01..2026-09-30 [2026-09-30]" },
        { "9 tháng đầu năm", "2026-01-01..2026-09-30 [2026-09-30]" },
        { "Cuối năm", Q4 },
        { "Đầu năm", Q1 },
        { "Tổng kết năm", Year },
        { "Năm 2026", Year },
        { "Trong năm 2026", Year },
        { "Cả năm", Year },
        { "Năm 2027", "2027-01-01..2027-12-31 [2027-12-31]" },
        { "Tháng 9/2026", "2026-09-01..2026-09-30 [2026-09-30]" },
        { "Tháng 9", "2026-09-01..2026-09-30 [2026-09-30]" },
        { "tháng 12 năm 2026", "2026-12-01..2026-12-31 [2026-12-31]" },
        { "Cuối tháng 6", "2026-06-01..2026-06-30 [2026-06-30]" },
        { "Tháng 02/2026", "2026-02-01..2026-02-28 [2026-02-28]" },
        { "Trước ngày 30/6/2026", "2026-01-01..2026-06-30 [2026-06-30]" },
        { "Trước 30/6", "2026-01-01..2026-06-30 [2026-06-30]" },
        { "Trước ngày 15 tháng 10 năm 2026", "2026-01-01..2026-10-15 [2026-10-15]" },
        { "Trước ngày 31/12/2026", Year },
        { "Chậm nhất ngày 31/3/2026", Q1 },
        { "Hạn chót 20/12/2026", "2026-01-01..2026-12-20 [2026-12-20]" },
        { "Ngày 15/5/2026", "2026-05-15..2026-05-15 [2026-05-15]" },
        { "30/6/2026", "2026-06-30..2026-06-30 [2026-06-30]" },
        { "Ngày 05 tháng 9 năm 2026", "2026-09-05..2026-09-05 [2026-09-05]" },
        { "Trước tháng 6", "2026-01-01..2026-05-31 [2026-05-31]" },
        { "Trước quý III", "2026-01-01..2026-06-30 [2026-06-30]" },
        { "Chậm nhất trong quý II", "2026-01-01..2026-06-30 [2026-06-30]" },
        { "Đến hết tháng 10/2026", "2026-01-01..2026-10-31 [2026-10-31]" },
        { "Từ tháng 3 đến tháng 6/2026", "2026-03-01..2026-06-30 [2026-06-30]" },
        { "Từ ngày 01/4/2026 đến ngày 30/4/2026", "2026-04-01..2026-04-30 [2026-04-30]" },
        { "Từ quý II đến quý III", "2026-04-01..2026-09-30 [2026-09-30]" },
        { "Quý II - Quý III", "2026-04-01..2026-09-30 [2026-09-30]" },
        { "Tháng 3 - 6/2026", "2026-03-01..2026-06-30 [2026-06-30]" },
        { "Tháng 9 đến tháng 12 năm 2026", "2026-09-01..2026-12-31 [2026-12-31]" },
        { "Hằng quý", Quarterly },
        { "Định kỳ hàng quý", Quarterly },
        { "Hằng quý năm 2026", Quarterly },
        { "Hằng tháng", "2026-01-01..2026-12-31 [2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 2026-08-31 2026-09-30 2026-10-31 2026-11-30 2026-12-31] Monthly" },
        { "Hằng năm", "2026-01-01..2026-12-31 [2026-12-31] Yearly" },
        { "Định kỳ 6 tháng", "2026-01-01..2026-12-31 [2026-06-30 2026-12-31] HalfYearly" },
        { "Thường xuyên", Continuous },
        { "Thường xuyên, liên tục", Continuous },
        { "Liên tục", Continuous },
        { "Thực hiện thường xuyên trong năm 2026", Continuous },
        { "Giai đoạn 2026 - 2030", Period },
        { "Giai đoạn 2026-2030", Period },
        { "Theo lộ trình giai đoạn 2026 – 2030", Period },
        { "2026 - 2030", Period },
        { "Đến năm 2030", Period },
        { "Quý I, 6 tháng, quý III và tổng kết năm", "2026-01-01..2026-12-31 [2026-03-31 2026-06-30 2026-09-30 2026-12-31]" },
        { "Định kỳ hàng quý, 6 tháng, 9 tháng và năm", Quarterly },
        { "Quý I, II", "2026-01-01..2026-06-30 [2026-03-31 2026-06-30]" },
        { "Quý I và quý III", "2026-01-01..2026-09-30 [2026-03-31 2026-09-30]" },
        { "Tháng 3, 6, 9 và 12", "2026-03-01..2026-12-31 [2026-03-31 2026-06-30 2026-09-30 2026-12-31]" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Reads_the_phrase_into_its_period(string phrase, string expected)
    {
        var period = DeadlineParser.Parse(phrase, 2026);

        Assert.NotNull(period);
        Assert.Equal(expected, Describe(period));
        Assert.Equal(phrase.Trim(), period.Text);
    }

    [Fact]
    public void The_table_holds_at_least_sixty_phrasings()
    {
        Assert.True(Phrases().Count >= 60, Phrases().Count.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Theo kế hoạch")]
    [InlineData("Khi có yêu cầu")]
    [InlineData("Theo chỉ đạo của UBND tỉnh")]
    [InlineData("Quý V")]
    [InlineData("Tháng 13")]
    [InlineData("31/2/2026")]
    [InlineData("Giai đoạn 2030 - 2026")]
    [InlineData("Quý I, theo yêu cầu")]
    [InlineData("   ")]
    public void An_unreadable_phrase_gives_null(string phrase)
    {
        Assert.Null(DeadlineParser.Parse(phrase, 2026));
        Assert.False(DeadlineParser.TryParse(phrase, 2026, out _));
    }

    [Fact]
    public void A_phrase_without_a_year_takes_the_plan_year()
    {
        Assert.Equal(new DateOnly(2027, 3, 31), DeadlineParser.Parse("Quý I", 2027)!.End);
        Assert.Equal(new DateOnly(2025, 6, 30), DeadlineParser.Parse("Trước ngày 30/6", 2025)!.End);
    }

    [Fact]
    public void IsDueWithin_looks_at_the_milestones_only()
    {
        var quarter1 = (new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        Assert.True(DeadlineParser.Parse("Quý I", 2026)!.IsDueWithin(quarter1.Item1, quarter1.Item2));
        Assert.True(DeadlineParser.Parse("Hằng quý", 2026)!.IsDueWithin(quarter1.Item1, quarter1.Item2));
        Assert.False(DeadlineParser.Parse("Quý II", 2026)!.IsDueWithin(quarter1.Item1, quarter1.Item2));
        Assert.False(DeadlineParser.Parse("Thường xuyên", 2026)!.IsDueWithin(quarter1.Item1, quarter1.Item2));
        Assert.False(DeadlineParser.Parse("6 tháng đầu năm", 2026)!.IsDueWithin(quarter1.Item1, quarter1.Item2));
    }

    [Theory]
    [InlineData("vinh-phong-par-sipas-papi-2026")]
    [InlineData("vinh-phong-tuyen-truyen-cchc-2026")]
    [InlineData("vinh-thong-cchc-2026")]
    public void Every_deadline_of_the_example_plans_reads(string name)
    {
        var plan = PlanReader.ReadFile(SeedText.ExamplePlanPath(name + ".yaml"));
        var year = plan.Letterhead.IssueYear!.Value;

        var unread = TaskTree.All(plan).Select(t => t.Task.Deadline).OfType<string>()
            .Where(d => DeadlineParser.Parse(d, year) is null).ToList();

        Assert.Empty(unread);
    }

    [Fact]
    public void Every_deadline_cell_and_reporting_phrase_of_the_seeds_reads()
    {
        var phrases = new List<string>();
        foreach (var seed in Directory.GetFiles(Path.GetDirectoryName(SeedText.SeedPath("x.txt"))!, "*.txt"))
        {
            foreach (var line in File.ReadAllLines(seed))
            {
                // Appendix rows are tab-separated with thời gian thực hiện last.
                var cells = line.Split('\t');
                if (cells.Length >= 6 && cells[^1].Trim().Length > 0 && cells[^1].Trim() != "Thời gian thực hiện")
                {
                    phrases.Add(cells[^1]);
                }
            }
        }
        // Written in running text rather than in a table cell.
        phrases.Add("Thực hiện thường xuyên trong năm 2026");
        phrases.Add("Định kỳ hàng quý, 6 tháng, 9 tháng và năm");

        Assert.True(phrases.Count >= 48, phrases.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Empty(phrases.Where(p => DeadlineParser.Parse(p, 2026) is null));
    }

    private static string Describe(DeadlinePeriod period)
    {
        var text = $"{Day(period.Start)}..{Day(period.End)} [{string.Join(' ', period.Milestones.Select(Day))}]";
        if (period.IsContinuous)
        {
            text += " continuous";
        }
        if (period.Recurrence != DeadlineRecurrence.None)
        {
            text += " " + period.Recurrence;
        }
        return text;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
