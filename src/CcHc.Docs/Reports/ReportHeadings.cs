namespace CcHc.Docs.Reports;

/// <summary>The headings of a report's four sections; each may be replaced in progress.yaml.</summary>
public sealed record ReportHeadings
{
    /// <summary>I.</summary>
    public string Results { get; init; } = "Kết quả thực hiện";

    /// <summary>II.</summary>
    public string Limitations { get; init; } = "Tồn tại, hạn chế và nguyên nhân";

    /// <summary>III.</summary>
    public string NextSteps { get; init; } = "Phương hướng, nhiệm vụ thời gian tới";

    /// <summary>IV.</summary>
    public string Proposals { get; init; } = "Đề xuất, kiến nghị";
}
