using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CcHc.Docs.Cli.Tests;

public sealed class ReportCommandTests
{
    private const string Par = "vinh-phong-par-sipas-papi-2026.yaml";

    [Fact]
    public async Task Init_then_report_writes_the_Báo_cáo_with_the_units_progress()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Par);
        var progress = folder.File("tien-do.yaml");
        var output = folder.File("bao-cao.docx");

        var init = await Cli.RunAsync("report", plan, "--init", "--period", "quý I/2026", "-o", progress);
        Assert.Equal(0, init.ExitCode);
        var yaml = File.ReadAllText(progress).Replace(
            "  \"78/KH-UBND#PL1.I.3.1\":\n    status:\n    result:",
            "  \"78/KH-UBND#PL1.I.3.1\":\n    status: Hoàn thành\n    result: Đã thành lập Đoàn kiểm tra", StringComparison.Ordinal);
        Assert.Contains("Đã thành lập Đoàn kiểm tra", yaml, StringComparison.Ordinal);
        File.WriteAllText(progress, yaml);

        var result = await Cli.RunAsync("report", plan, "--progress", progress, "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("5 nhiệm vụ đến hạn quý I năm 2026", result.Out, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
        Assert.Contains("Đã thành lập Đoàn kiểm tra", text, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_refuses_to_overwrite_without_force()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Par);
        var progress = folder.Write("progress.yaml", "tasks:\n");

        var refused = await Cli.RunAsync("report", plan, "--init");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("tasks:\n", File.ReadAllText(progress));

        var forced = await Cli.RunAsync("report", plan, "--init", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("78/KH-UBND#PL1.I.3.1", File.ReadAllText(progress), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_progress_file_is_reported_at_its_line_and_column_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Par);
        var progress = folder.Write("tien-do.yaml", "period: quý I/2026\ntasks:\n  \"78/KH-UBND#PL1.I.3.1\":\n    status: Xong\n");
        var output = folder.File("bao-cao.docx");

        var result = await Cli.RunAsync("report", plan, "--progress", progress, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("tien-do.yaml(4,13): error:", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown status \"Xong\"", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("hằng quý")]
    [InlineData("sắp tới")]
    public async Task A_period_that_is_not_one_is_a_usage_error_with_examples(string period)
    {
        var result = await Cli.RunAsync("report", Repository.Example(Par), "--period", period, "-o", "unused.docx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("quý I/2026", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_period_the_command_says_how_to_give_one()
    {
        var result = await Cli.RunAsync("report", Repository.Example(Par));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--period", result.Error, StringComparison.Ordinal);
    }
}
