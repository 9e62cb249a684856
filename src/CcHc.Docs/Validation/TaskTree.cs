using CcHc.Docs.Plans;

namespace CcHc.Docs.Validation;

/// <summary>Every task of a plan with its plan path: body tasks, appendix rows and their subtasks.</summary>
internal static class TaskTree
{
    public static IEnumerable<(PlanTask Task, string Path, bool InAppendix)> All(Plan plan)
    {
        foreach (var (section, path) in SectionTree.All(plan))
        {
            for (var k = 0; k < section.Content.Count; k++)
            {
                if (section.Content[k] is TaskBlock block)
                {
                    foreach (var item in WithSubtasks(block.Task, $"{path}.content[{k}].task", false))
                    {
                        yield return item;
                    }
                }
            }
        }
        for (var a = 0; a < plan.Appendices.Count; a++)
        {
            var tables = plan.Appendices[a].Tables;
            for (var t = 0; t < tables.Count; t++)
            {
                var tablePath = $"appendices[{a}].tables[{t}]";
                for (var g = 0; g < tables[t].Groups.Count; g++)
                {
                    var tasks = tables[t].Groups[g].Tasks;
                    for (var k = 0; k < tasks.Count; k++)
                    {
                        foreach (var item in WithSubtasks(tasks[k], $"{tablePath}.groups[{g}].tasks[{k}]", true))
                        {
                            yield return item;
                        }
                    }
                }
                for (var k = 0; k < tables[t].Tasks.Count; k++)
                {
                    foreach (var item in WithSubtasks(tables[t].Tasks[k], $"{tablePath}.tasks[{k}]", true))
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    private static IEnumerable<(PlanTask, string, bool)> WithSubtasks(PlanTask task, string path, bool inAppendix)
    {
        yield return (task, path, inAppendix);
        for (var i = 0; i < task.Subtasks.Count; i++)
        {
            foreach (var item in WithSubtasks(task.Subtasks[i], $"{path}.subtasks[{i}]", inAppendix))
            {
                yield return item;
            }
        }
    }
}
