using System.Globalization;
using System.Runtime.CompilerServices;
using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Benchmarks.Rendering;

/// <summary>The plans the rendering benchmarks render: the PAR example and plans with a generated appendix of any size.</summary>
internal static class RenderingData
{
    private const int GroupSize = 50;

    /// <summary>examples/plans/vinh-phong-par-sipas-papi-2026.yaml: 8 portrait pages and two landscape appendices (83 table rows).</summary>
    public static Plan ParPlan() =>
        PlanReader.ReadFile(Path.Combine(RepositoryRoot(), "examples", "plans", "vinh-phong-par-sipas-papi-2026.yaml"));

    /// <summary>
    /// The PAR plan with its appendices replaced by one appendix whose table has <paramref name="rows"/>
    /// printed rows: groups of one group row and 49 task rows (group numbers stay within Roman numerals at 100k rows), every task with all six columns filled
    /// with text of realistic length (≈110 characters of task, short product, lead, support and deadline).
    /// </summary>
    public static Plan WithGeneratedAppendix(int rows)
    {
        var par = ParPlan();
        var groups = new List<TaskGroup>();
        for (var printed = 0; printed < rows; printed += GroupSize)
        {
            var number = groups.Count + 1;
            var tasks = Enumerable.Range(1, Math.Min(GroupSize - 1, rows - printed - 1)).Select(i => new PlanTask
            {
                Text = $"Nhiệm vụ {number}.{i}: tổ chức thực hiện, kiểm tra, đôn đốc việc triển khai các giải pháp cải cách hành chính trên địa bàn xã năm 2026",
                Product = "Kế hoạch, báo cáo kết quả thực hiện",
                Lead = "Phòng Văn hóa - Xã hội",
                Support = "Các cơ quan, đơn vị có liên quan",
                Deadline = i % 2 == 0 ? "Thường xuyên" : "Quý " + (i % 4 + 1).ToString(CultureInfo.InvariantCulture),
            }).ToList();
            groups.Add(new TaskGroup { Title = $"Nhóm nhiệm vụ số {number} về cải cách hành chính", Tasks = [.. tasks] });
        }
        var appendix = new Appendix
        {
            Title = $"DANH MỤC {rows} NHIỆM VỤ (SINH TỰ ĐỘNG)",
            Tables = [new AppendixTable { Groups = [.. groups] }],
        };
        return par with { Appendices = [appendix] };
    }

    private static string RepositoryRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
