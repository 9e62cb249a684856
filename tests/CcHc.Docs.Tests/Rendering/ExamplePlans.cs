using System.Collections.Concurrent;
using CcHc.Docs.Docx;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Reports;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Examples;
using DocumentFormat.OpenXml.Packaging;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>
/// The transcribed plans in examples/plans, read once and rendered once per size profile with the
/// default templates, shared by the rendering acceptance tests.
/// </summary>
internal static class ExamplePlans
{
    /// <summary>The example names (file names without .yaml); each has a seed of the same name.</summary>
    public static readonly string[] Names =
    [
        "vinh-phong-par-sipas-papi-2026",
        "vinh-phong-tuyen-truyen-cchc-2026",
        "vinh-thong-cchc-2026",
    ];

    private static readonly ConcurrentDictionary<string, Lazy<Plan>> Plans = new();

    private static readonly ConcurrentDictionary<(string, string), Lazy<byte[]>> Documents = new();

    /// <summary>
    /// Progress reports rendered from an example ("bao-cao:" + plan name), checked by the same layout and validity
    /// tests as the plans: the report for quý I/2026 with no progress filled in.
    /// </summary>
    public static readonly string[] Reports = [ReportPrefix + "vinh-phong-par-sipas-papi-2026"];

    private const string ReportPrefix = "bao-cao:";

    /// <summary>Every example and report with both profiles, for [MemberData].</summary>
    public static TheoryData<string, string> WithProfiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Names.Concat(Reports))
        {
            data.Add(name, "14");
            data.Add(name, "13");
        }
        return data;
    }

    /// <summary>Every example with both profiles, rendered by the .sbn templates ("sbn") and by the exported Word template ("docx").</summary>
    public static TheoryData<string, string, string> WithProfilesAndTemplates()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var name in Names)
        {
            foreach (var size in new[] { "14", "13" })
            {
                data.Add(name, size, "sbn");
                data.Add(name, size, "docx");
            }
        }
        return data;
    }

    /// <summary>Every example and report rendered by the .sbn templates, and every example by the exported Word template, with both profiles.</summary>
    public static TheoryData<string, string, string> WithProfilesReportsAndTemplates()
    {
        var data = WithProfilesAndTemplates();
        foreach (var name in Reports)
        {
            data.Add(name, "14", "sbn");
            data.Add(name, "13", "sbn");
        }
        return data;
    }

    /// <summary>Every example, for [MemberData].</summary>
    public static TheoryData<string> All() => new(Names);

    public static FormattingProfile Profile(string size) => size switch
    {
        "14" => FormattingProfile.Body14,
        "13" => FormattingProfile.Body13,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "14 or 13"),
    };

    public static PlanRendererOptions Options(string size) =>
        new() { Docx = new DocxWriterOptions { Profile = Profile(size) } };

    public static Plan Plan(string name) =>
        Plans.GetOrAdd(name, n => new Lazy<Plan>(() => n.StartsWith(ReportPrefix, StringComparison.Ordinal)
            ? Report(n).Document
            : PlanReader.ReadFile(SeedText.ExamplePlanPath(n + ".yaml")))).Value;

    /// <summary>The quý I/2026 progress report of the example named after "bao-cao:".</summary>
    public static ProgressReport Report(string name) =>
        ProgressReports.Build(Plan(name[ReportPrefix.Length..]), ReportPeriod.Parse("quý I/2026", 2026));

    /// <summary>The .docx of an example rendered with the default templates and the given profile ("14" or "13").</summary>
    public static byte[] Docx(string name, string size = "14") =>
        Documents.GetOrAdd((name, size), key => new Lazy<byte[]>(
            () => key.Item1.StartsWith(ReportPrefix, StringComparison.Ordinal)
                ? FollowUpDocuments.RenderReport(PlanRenderer.WithOptions(Options(key.Item2)), Report(key.Item1))
                : PlanRenderer.WithOptions(Options(key.Item2)).RenderToBytes(Plan(key.Item1)))).Value;

    /// <summary>The .docx of an example rendered with the NĐ30 Word template (ke-hoach.docx) made with the given profile.</summary>
    public static byte[] WordDocx(string name, string size = "14") =>
        Documents.GetOrAdd((name, size + "/docx"), key => new Lazy<byte[]>(
            () => CcHc.Docs.WordTemplates.DocxTemplate.Load(new MemoryStream(CcHc.Docs.WordTemplates.Nd30WordTemplate.Create(Options(size).Docx)), "ke-hoach.docx")
                .Render(Plan(key.Item1)))).Value;

    /// <summary>Opens an example rendered by the .sbn templates ("sbn") or the Word template ("docx"); dispose the result.</summary>
    public static WordprocessingDocument Open(string name, string size, string template) =>
        template == "docx" ? WordprocessingDocument.Open(new MemoryStream(WordDocx(name, size)), false) : Open(name, size);

    /// <summary>Opens a rendered example read-only; dispose the result.</summary>
    public static WordprocessingDocument Open(string name, string size = "14") =>
        WordprocessingDocument.Open(new MemoryStream(Docx(name, size)), false);

    /// <summary>The seed's full text.</summary>
    public static string Seed(string name) => File.ReadAllText(SeedText.SeedPath(name + ".txt"));
}
