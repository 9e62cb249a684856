using System.Globalization;
using System.Text;
using CcHc.Docs.Plans;
using CcHc.Docs.Tasks;

namespace CcHc.Docs.Reports;

/// <summary>
/// Writes a progress.yaml to start from (`cchc report --init`): the period, empty section lists and every task id of
/// the plan with a comment naming its unit, deadline and text, status and result left empty to fill in.
/// </summary>
public static class ProgressTemplate
{
    /// <summary>The progress.yaml text for <paramref name="plan"/>; <paramref name="period"/> is written as given (may be null).</summary>
    public static string Create(Plan plan, string? period)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        text.AppendLine("# yaml-language-server: $schema=https://raw.githubusercontent.com/cchc-docs/cchc-docs/main/schemas/progress.schema.json");
        text.AppendLine(CultureInfo.InvariantCulture, $"# Tiến độ thực hiện {plan.Title.Kind} số {PlanTasks.Reference(plan.Letterhead)} — điền status (Hoàn thành | Đang thực hiện | Chưa thực hiện) và result cho từng nhiệm vụ.");
        text.AppendLine("# Nhiệm vụ để trống sẽ in trống trong báo cáo; nhiệm vụ chưa hoàn thành khi đã đến hạn được tính là Quá hạn.");
        text.AppendLine(CultureInfo.InvariantCulture, $"period: {Quote(period ?? "")}");
        text.AppendLine("number:            # số của báo cáo, để trống khi còn dự thảo");
        text.AppendLine("date:              # ngày báo cáo, YYYY-MM-DD");
        text.AppendLine("results: []        # đoạn văn của mục I. Kết quả thực hiện");
        text.AppendLine("limitations: []    # II. Tồn tại, hạn chế và nguyên nhân");
        text.AppendLine("next_steps: []     # III. Phương hướng, nhiệm vụ thời gian tới");
        text.AppendLine("proposals: []      # IV. Đề xuất, kiến nghị");
        text.AppendLine("tasks:");
        foreach (var task in PlanTasks.Collect(plan))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  # {OneLine(task.Lead ?? "(chưa có đơn vị chủ trì)")} | {OneLine(task.Deadline ?? "(không thời hạn)")} | {Shorten(OneLine(task.Text), 90)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Quote(task.Id)}:");
            text.AppendLine("    status:");
            text.AppendLine("    result:");
        }
        return text.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string OneLine(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string value, int length) => value.Length <= length ? value : value[..length].TrimEnd() + "…";
}
