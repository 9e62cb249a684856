using System.Text;
using CcHc.Docs.Plans;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Reports;

/// <summary>
/// Reads progress.yaml (schemas/progress.schema.json). Every problem is reported with its file, line and column
/// in one <see cref="PlanReadException"/>: unknown keys, a status that is not one of the four words, a task id the
/// plan does not have.
/// </summary>
public static class ProgressReader
{
    internal static readonly string[] RootKeys = ["period", "number", "date", "headings", "results", "limitations", "next_steps", "proposals", "recipients", "tasks"];
    internal static readonly string[] HeadingKeys = ["results", "limitations", "next_steps", "proposals"];
    internal static readonly string[] TaskKeys = ["status", "result"];

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="taskIds"/>, when given, are the ids the plan has.</summary>
    /// <exception cref="PlanReadException">The file has errors; each names its line and column.</exception>
    public static Progress ReadFile(string path, IReadOnlyCollection<string>? taskIds = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadYaml(File.ReadAllText(path, Encoding.UTF8), path, taskIds);
    }

    /// <summary>Reads progress YAML text; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="PlanReadException">The text has errors.</exception>
    public static Progress ReadYaml(string text, string? fileName = null, IReadOnlyCollection<string>? taskIds = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new ReadContext(fileName);
        var root = YamlTreeBuilder.Build(text, PlanReaderOptions.Default, context);
        context.ThrowIfErrors();
        if (root is null)
        {
            return new Progress();
        }
        var scalars = new ScalarReader(context);
        var reader = MappingReader.Open(scalars, root, PlanPath.Root, RootKeys, "a mapping of period, number, date, headings, results … tasks");
        if (reader is null)
        {
            context.ThrowIfErrors();
            return new Progress();
        }
        var headings = new ReportHeadings();
        if (reader.Value("headings") is { } headingNode
            && MappingReader.Open(scalars, headingNode, reader.ChildPath("headings"), HeadingKeys, "a mapping of section headings") is { } h)
        {
            headings = new ReportHeadings
            {
                Results = h.Text("results") ?? headings.Results,
                Limitations = h.Text("limitations") ?? headings.Limitations,
                NextSteps = h.Text("next_steps") ?? headings.NextSteps,
                Proposals = h.Text("proposals") ?? headings.Proposals,
            };
        }
        var progress = new Progress
        {
            Period = reader.Text("period"),
            Number = reader.Int("number"),
            Date = reader.Date("date"),
            Headings = headings,
            Results = reader.TextList("results") ?? [],
            Limitations = reader.TextList("limitations") ?? [],
            NextSteps = reader.TextList("next_steps") ?? [],
            Proposals = reader.TextList("proposals") ?? [],
            Recipients = reader.TextList("recipients") ?? [],
            Tasks = reader.Value("tasks") is { } tasks ? ReadTasks(scalars, tasks, reader.ChildPath("tasks"), taskIds) : [],
        };
        context.ThrowIfErrors();
        return progress;
    }

    private static ValueList<TaskProgress> ReadTasks(ScalarReader scalars, DataNode node, string path, IReadOnlyCollection<string>? taskIds)
    {
        var context = scalars.Context;
        var tasks = MappingReader.Open(scalars, node, path, null, "a mapping from task id (\"78/KH-UBND#PL1.I.3.1\") to status and result");
        if (tasks is null)
        {
            return [];
        }
        var known = taskIds is null ? null : new HashSet<string>(taskIds, StringComparer.Ordinal);
        var result = new List<TaskProgress>();
        foreach (var (keyNode, value) in tasks.Node.Entries)
        {
            if (keyNode is not ScalarNode { IsNull: false } key)
            {
                continue; // MappingReader has reported it.
            }
            var id = key.Value.Trim();
            var taskPath = PlanPath.Child(path, id);
            if (known is not null && !known.Contains(id))
            {
                context.Error(keyNode.Position, taskPath,
                    $"the plan has no task \"{id}\"; run `cchc tasks plan.yaml --format csv` to list the ids, or `cchc report --init` to start again");
                continue;
            }
            if (value is ScalarNode { IsNull: true })
            {
                result.Add(new TaskProgress { TaskId = id });
                continue;
            }
            if (MappingReader.Open(scalars, value, taskPath, TaskKeys, "a mapping of status and result") is not { } entry)
            {
                continue;
            }
            var statusText = entry.Text("status");
            var status = ProgressStatuses.Parse(statusText);
            if (statusText is not null && status is null && entry.Value("status") is { } statusNode)
            {
                context.Error(statusNode.Position, entry.ChildPath("status"),
                    $"unknown status \"{statusText}\"; write one of: {string.Join(", ", ProgressStatuses.All)}");
            }
            result.Add(new TaskProgress { TaskId = id, Status = status, Result = entry.Text("result") });
        }
        return new ValueList<TaskProgress>(result);
    }
}
