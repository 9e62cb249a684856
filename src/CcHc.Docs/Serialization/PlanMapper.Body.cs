using CcHc.Docs.Plans;

namespace CcHc.Docs.Serialization;

/// <summary>Sections, content blocks, targets, tasks and appendices.</summary>
internal sealed partial class PlanMapper
{
    private Section? Section(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.Section, "a mapping (a section)") is not { } m)
        {
            return null;
        }
        var defaults = Defaults.Section;
        return new Section
        {
            Kind = m.Enum<SectionKind>("kind") ?? defaults.Kind,
            Label = m.Text("label"),
            Title = m.Text("title"),
            Unit = m.Text("unit"),
            Text = m.Text("text"),
            Targets = m.List("targets", Target) ?? defaults.Targets,
            SeeAppendix = m.Object("see_appendix", AppendixReference),
            Content = m.List("content", Block) ?? defaults.Content,
        };
    }

    private Block? Block(DataNode node, string path)
    {
        if (node is ScalarNode)
        {
            // Shorthand for the most common block of a ward plan: an untitled numbered item (1.1., a)) with only text,
            // the same as "- section: {text: …}".
            return _scalars.Text(node, path) is { } text ? new SubsectionBlock(new Section { Text = text }) : null;
        }
        if (node is not MappingNode mapping)
        {
            context.Error(node.Position, path,
                $"expected a content block, a one-key mapping such as \"paragraph: …\" or a plain text (a numbered item), found {node.Description}");
            return null;
        }
        if (Open(node, path, PlanKeys.Block, "a content block") is not { } m)
        {
            return null;
        }
        var entries = m.Values.ToList();
        if (entries.Count != 1)
        {
            if (entries.Count > 1)
            {
                context.Error(node.Position, path,
                    $"a content block has exactly one key, found {entries.Count} ({string.Join(", ", entries.Select(e => e.Key))}); make each its own list item");
            }
            else if (mapping.Entries.Count == 0)
            {
                context.Error(node.Position, path, $"a content block needs exactly one key: {string.Join(", ", PlanKeys.Block)}");
            }
            return null;
        }
        var (key, value) = entries[0];
        var valuePath = m.ChildPath(key);
        return key switch
        {
            "paragraph" => new ParagraphBlock(_scalars.RequiredText(value, valuePath)),
            "bullet" => new BulletBlock(_scalars.RequiredText(value, valuePath), BulletStyle.Dash),
            "plus" => new BulletBlock(_scalars.RequiredText(value, valuePath), BulletStyle.Plus),
            "section" => Section(value, valuePath) is { } section ? new SubsectionBlock(section) : null,
            _ => Task(value, valuePath) is { } task ? new TaskBlock(task) : null,
        };
    }

    private Target? Target(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.Target, "a mapping (a target)") is not { } m)
        {
            return null;
        }
        return new Target
        {
            Text = m.RequiredText("text"),
            Figures = m.List("figures", Figure) ?? [],
        };
    }

    private Figure? Figure(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.Figure, "a mapping (a figure, e.g. {value: 11.4, unit: \"%\"})") is not { } m)
        {
            return null;
        }
        var value = m.Require("value") ? m.Decimal("value") : null;
        return new Figure(value ?? 0, m.Text("unit"));
    }

    private AppendixReference? AppendixReference(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.AppendixReference, "a mapping (an appendix reference)") is not { } m)
        {
            return null;
        }
        return new AppendixReference
        {
            Appendix = m.Int("appendix"),
            Text = m.Text("text"),
            Placement = m.Enum<AppendixReferencePlacement>("placement") ?? AppendixReferencePlacement.Heading,
        };
    }

    private PlanTask? Task(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.Task, "a mapping (a task)") is not { } m)
        {
            return null;
        }
        return new PlanTask
        {
            Text = m.RequiredText("text"),
            Product = m.Text("product"),
            Lead = m.Text("lead"),
            Support = m.Text("support"),
            Supervisor = m.Text("supervisor"),
            Deadline = m.Text("deadline"),
            Funding = m.Text("funding"),
            Note = m.Text("note"),
            Details = m.Object("details", TaskDetails),
            Extra = m.Value("extra") is { } extra ? Extra(extra, m.ChildPath("extra")) : [],
            Subtasks = m.List("subtasks", Task) ?? [],
        };
    }

    private ValueList<KeyValuePair<string, string>> Extra(DataNode node, string path)
    {
        if (Open(node, path, keys: null, "a mapping of column keys to text") is not { } m)
        {
            return [];
        }
        return new(m.Values.Select(e => KeyValuePair.Create(e.Key, _scalars.RequiredText(e.Value, m.ChildPath(e.Key)))).ToList());
    }

    private Appendix? Appendix(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.Appendix, "a mapping (an appendix)") is not { } m)
        {
            return null;
        }
        var defaults = Defaults.Appendix;
        return new Appendix
        {
            Label = m.Text("label"),
            Title = m.RequiredText("title"),
            Caption = m.Text("caption"),
            Orientation = m.Enum<PageOrientation>("orientation") ?? defaults.Orientation,
            Tables = m.List("tables", AppendixTable) ?? defaults.Tables,
        };
    }

    private AppendixTable? AppendixTable(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.AppendixTable, "a mapping (an appendix table)") is not { } m)
        {
            return null;
        }
        var defaults = Defaults.AppendixTable;
        return new AppendixTable
        {
            Title = m.Text("title"),
            ColumnNumbers = m.Bool("column_numbers") ?? defaults.ColumnNumbers,
            Columns = m.List("columns", TableColumn) ?? defaults.Columns,
            Groups = m.List("groups", TaskGroup) ?? defaults.Groups,
            Tasks = m.List("tasks", Task) ?? defaults.Tasks,
        };
    }

    private TableColumn? TableColumn(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.TableColumn, "a mapping (a table column)") is not { } m)
        {
            return null;
        }
        var field = m.Require("field") ? m.Enum<ColumnField>("field") : null;
        return new TableColumn
        {
            Field = field ?? ColumnField.Extra,
            Header = m.RequiredText("header"),
            Width = m.Decimal("width"),
            Key = m.Text("key"),
        };
    }

    private TaskGroup? TaskGroup(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.TaskGroup, "a mapping (a task group)") is not { } m)
        {
            return null;
        }
        return new TaskGroup { Title = m.RequiredText("title"), Tasks = m.List("tasks", Task) ?? [] };
    }
}
