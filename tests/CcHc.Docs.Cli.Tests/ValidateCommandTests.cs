namespace CcHc.Docs.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task A_plan_without_errors_exits_0_with_a_summary()
    {
        using var folder = new TempFolder();
        var plan = folder.File("ke-hoach.yaml");
        Assert.Equal(0, (await Cli.RunAsync("new", plan)).ExitCode);

        var result = await Cli.RunAsync("validate", plan);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(": error KH", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^0 lỗi, \d+ cảnh báo, \d+ lưu ý — 0 error\(s\), \d+ warning\(s\), \d+ info\(s\) in 1 file\(s\)\.$", result.Out.TrimEnd());
    }

    [Fact]
    public async Task An_error_prints_like_a_compiler_and_exits_1()
    {
        using var folder = new TempFolder();
        // The cited plan (line 9) is dated 15 January, after this plan's own date of 10 January.
        var plan = folder.Write("ke-hoach.yaml", """
            letterhead:
              issuer: Ủy ban nhân dân xã An Bình
              place: An Bình
              number: 15
              date: 2026-01-10
            title:
              summary: Công tác cải cách hành chính năm 2026
            bases:
              - kind: Kế hoạch
                number: 20/KH-UBND
                date: 2026-01-15
                issuer: Ủy ban nhân dân tỉnh An Giang
                subject: về công tác cải cách hành chính năm 2026
            signature:
              authority: [TM. ỦY BAN NHÂN DÂN]
              position: CHỦ TỊCH
              name: Nguyễn Văn A
            """);

        var result = await Cli.RunAsync("validate", plan);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{plan}:11:11: error KH0009: ", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^[1-9]\d* lỗi, ", result.Out);
    }

    [Fact]
    public async Task Unreadable_plan_reports_read_errors_on_stderr_and_exits_1()
    {
        using var folder = new TempFolder();
        var plan = folder.Write("sai.yaml", "letterhead: [\n");

        var result = await Cli.RunAsync("validate", plan);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"sai\.yaml\(\d+,\d+\): error: ", result.Error);
        Assert.Contains("1 lỗi", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_is_exit_2()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync("validate", folder.File("khong-co.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_example_plan_is_checked_in_one_run()
    {
        var plans = Directory.GetFiles(Path.Combine(Repository.Root, "examples", "plans"), "*.yaml");

        var result = await Cli.RunAsync(["validate", .. plans]);

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Contains($"in {plans.Length} file(s).", result.Out, StringComparison.Ordinal);
    }
}
