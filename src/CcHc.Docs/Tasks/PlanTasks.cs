using System.Globalization;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tasks;

/// <summary>
/// Every task of a plan in one list: body task blocks, the bullets and paragraphs under a section that names a
/// unit, and appendix rows with their subtasks, each with a stable id, split units and a parsed deadline.
/// </summary>
public static class PlanTasks
{
    /// <summary>The tasks of <paramref name="plan"/> in document order (body first, then the appendices).</summary>
    public static IReadOnlyList<TaskItem> Collect(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var reference = Reference(plan.Letterhead);
        var year = plan.Letterhead.IssueYear ?? plan.Letterhead.Year ?? 2000;
        var items = new List<TaskItem>();
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            AddSection(items, reference, year, plan.Sections[i], [i + 1], $"sections[{i}]");
        }
        for (var a = 0; a < plan.Appendices.Count; a++)
        {
            var tables = plan.Appendices[a].Tables;
            for (var t = 0; t < tables.Count; t++)
            {
                var prefix = $"PL{a + 1}" + (tables.Count > 1 ? $".B{t + 1}" : "");
                var path = $"appendices[{a}].tables[{t}]";
                AddRows(items, reference, year, tables[t].Tasks, prefix, [], $"{path}.tasks", null);
                for (var g = 0; g < tables[t].Groups.Count; g++)
                {
                    var group = tables[t].Groups[g];
                    AddRows(items, reference, year, group.Tasks, $"{prefix}.{RomanNumerals.ToRoman(g + 1)}", [], $"{path}.groups[{g}].tasks", group.Title);
                }
            }
        }
        return items;
    }

    /// <summary>The units that lead tasks, each with its tasks, in order of first appearance; a task with two leads is under both.</summary>
    public static IReadOnlyList<UnitTasks> ByUnit(IEnumerable<TaskItem> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var order = new List<string>();
        var byKey = new Dictionary<string, (List<string> Names, List<TaskItem> Tasks)>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            foreach (var lead in task.Leads.DistinctBy(l => l.Key))
            {
                if (!byKey.TryGetValue(lead.Key, out var entry))
                {
                    entry = ([], []);
                    byKey[lead.Key] = entry;
                    order.Add(lead.Key);
                }
                entry.Names.Add(lead.Original);
                entry.Tasks.Add(task);
            }
        }
        return order.Select(key =>
        {
            var (names, list) = byKey[key];
            var name = names.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
            return new UnitTasks(new UnitName(name, key), list);
        }).ToList();
    }

    /// <summary>The tasks <paramref name="unit"/> leads (any spelling of it), or null when no task names it.</summary>
    public static UnitTasks? ForUnit(IEnumerable<TaskItem> tasks, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var key = UnitNames.Key(unit);
        return ByUnit(tasks).FirstOrDefault(u => u.Unit.Key == key);
    }

    /// <summary>"78/KH-UBND", or "KH-UBND" for a draft without a number.</summary>
    internal static string Reference(Letterhead letterhead) =>
        letterhead.Number is { } n ? $"{n.ToString("00", CultureInfo.InvariantCulture)}/{letterhead.Symbol}" : letterhead.Symbol;

    private static void AddSection(List<TaskItem> items, string reference, int year, Section section, int[] position, string path)
    {
        var label = string.Join(".", position.Select((p, i) => i == 0 ? RomanNumerals.ToRoman(p) : p.ToString(CultureInfo.InvariantCulture)));
        var heading = PlanText.Heading(section);
        var ordinal = 0;
        var child = 0;
        for (var k = 0; k < section.Content.Count; k++)
        {
            var block = section.Content[k];
            switch (block)
            {
                case SubsectionBlock sub:
                    AddSection(items, reference, year, sub.Section, [.. position, ++child], $"{path}.content[{k}].section");
                    break;
                case TaskBlock task:
                    ordinal++;
                    items.Add(Item(reference, year, task.Task, $"{label}-{ordinal}", label, TaskSource.Body, $"{path}.content[{k}].task", heading));
                    break;
                case BulletBlock or ParagraphBlock when section.Unit is not null:
                    ordinal++;
                    var text = block is BulletBlock b ? b.Text : ((ParagraphBlock)block).Text;
                    items.Add(Item(reference, year, new PlanTask { Text = text, Lead = section.Unit }, $"{label}-{ordinal}", label,
                        TaskSource.Assignment, $"{path}.content[{k}]", heading));
                    break;
            }
        }
    }

    private static void AddRows(List<TaskItem> items, string reference, int year, IReadOnlyList<PlanTask> tasks, string prefix, int[] parent, string path, string? group)
    {
        for (var i = 0; i < tasks.Count; i++)
        {
            int[] position = [.. parent, i + 1];
            var number = SectionNumbering.RowNumber(position);
            items.Add(Item(reference, year, tasks[i], $"{prefix}.{number}", number, TaskSource.AppendixRow, $"{path}[{i}]", group));
            AddRows(items, reference, year, tasks[i].Subtasks, prefix, position, $"{path}[{i}].subtasks", group);
        }
    }

    private static TaskItem Item(string reference, int year, PlanTask task, string position, string number, TaskSource source, string path, string? group) => new()
    {
        Id = reference + "#" + position,
        Number = number,
        Source = source,
        Path = path,
        Text = task.Text,
        Product = task.Product,
        Lead = task.Lead,
        Leads = UnitNames.Split(task.Lead),
        Support = task.Support,
        Supports = UnitNames.Split(task.Support),
        Deadline = task.Deadline,
        Period = DeadlineParser.Parse(task.Deadline, year),
        Group = group,
    };
}
