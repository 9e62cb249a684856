using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CcHc.Docs.Tasks;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Cli.Output;

/// <summary>Prints a plan's tasks for `cchc tasks`: a table grouped by unit or by due date, CSV, or JSON.</summary>
internal static class TaskListWriter
{
    public static void Table(TextWriter output, IReadOnlyList<TaskItem> tasks, bool byDeadline)
    {
        var groups = byDeadline
            ? tasks.GroupBy(DeadlineGroup).OrderBy(g => g.Key.Order).Select(g => (g.Key.Title, g.ToList()))
            : PlanTasks.ByUnit(tasks).Select(u => (u.Unit.Original, u.Tasks.ToList()))
                .Concat(tasks.Any(t => t.Leads.Count == 0) ? [("(chưa có cơ quan chủ trì)", tasks.Where(t => t.Leads.Count == 0).ToList())] : []);
        var idWidth = Math.Min(28, tasks.Select(t => t.Id.Length).DefaultIfEmpty(0).Max());
        foreach (var (title, list) in groups)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title} ({list.Count})"));
            foreach (var task in list)
            {
                var when = byDeadline ? task.Lead ?? "" : task.Deadline ?? "";
                output.WriteLine($"  {task.Id.PadRight(idWidth)}  {Cut(when, 24),-24}  {Cut(task.Text, 70)}");
            }
            output.WriteLine();
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tasks.Count} nhiệm vụ / tasks."));
    }

    public static void Csv(TextWriter output, IReadOnlyList<TaskItem> tasks)
    {
        output.WriteLine("id,number,source,lead,support,deadline,due,recurrence,continuous,product,text");
        foreach (var t in tasks)
        {
            string[] cells =
            [
                t.Id, t.Number, Source(t.Source), t.Lead ?? "", t.Support ?? "", t.Deadline ?? "", Due(t) ?? "",
                Recurrence(t) ?? "", t.Period?.IsContinuous == true ? "true" : "false", t.Product ?? "", t.Text,
            ];
            output.WriteLine(string.Join(",", cells.Select(Quote)));
        }
    }

    public static void Json(TextWriter output, IReadOnlyList<TaskItem> tasks)
    {
        var array = new JsonArray();
        foreach (var t in tasks)
        {
            array.Add(new JsonObject
            {
                ["id"] = t.Id,
                ["number"] = t.Number,
                ["source"] = Source(t.Source),
                ["text"] = t.Text,
                ["product"] = t.Product,
                ["lead"] = t.Lead,
                ["leads"] = new JsonArray(t.Leads.Select(l => (JsonNode?)JsonValue.Create(l.Original)).ToArray()),
                ["support"] = t.Support,
                ["deadline"] = t.Deadline,
                ["start"] = t.Period is { } p ? Iso(p.Start) : null,
                ["due"] = t.Period is { IsContinuous: false } d ? Iso(d.End) : null,
                ["milestones"] = new JsonArray((t.Period?.Milestones ?? []).Select(m => (JsonNode?)JsonValue.Create(Iso(m))).ToArray()),
                ["recurrence"] = Recurrence(t),
                ["continuous"] = t.Period?.IsContinuous ?? false,
                ["group"] = t.Group,
            });
        }
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        output.WriteLine(array.ToJsonString(options));
    }

    private static (long Order, string Title) DeadlineGroup(TaskItem task) => task.Period switch
    {
        null when task.Deadline is null => (long.MaxValue, "(không có thời gian thực hiện)"),
        null => (long.MaxValue - 1, "(thời gian không đọc được)"),
        { IsContinuous: true } => (long.MaxValue - 2, "Thường xuyên"),
        { } p => (p.Milestones[0].DayNumber, "Hạn " + Short(p.Milestones[0])),
    };

    private static string Source(TaskSource source) => source switch
    {
        TaskSource.Body => "body",
        TaskSource.Assignment => "assignment",
        _ => "appendix",
    };

    private static string? Due(TaskItem task) => task.Period is { IsContinuous: false } p ? Iso(p.End) : null;

    private static string? Recurrence(TaskItem task) => task.Period is { Recurrence: not DeadlineRecurrence.None } p
        ? p.Recurrence.ToString().ToLowerInvariant() : null;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Short(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Day}/{day.Month}/{day.Year}");

    private static string Quote(string cell)
    {
        var flat = cell.Replace("\r", "", StringComparison.Ordinal);
        return flat.IndexOfAny([',', '"', '\n']) < 0 ? flat : "\"" + flat.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Cut(string text, int width)
    {
        var flat = new StringBuilder(text.Length);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            flat.Append(flat.Length == 0 ? "" : " ").Append(word);
        }
        var s = flat.ToString();
        return s.Length <= width ? s : s[..(width - 1)] + "…";
    }
}
