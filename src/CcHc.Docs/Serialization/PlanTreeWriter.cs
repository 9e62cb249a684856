using System.Globalization;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Turns a <see cref="Plan"/> into the format-neutral tree that YAML and JSON are written from, in
/// <see cref="PlanKeys"/> order, leaving out every property that holds its default.
/// </summary>
internal static class PlanTreeWriter
{
    public static MappingNode Write(Plan plan, string? schema)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var defaults = Defaults.Plan;
        var map = new MappingNode();
        if (schema is not null)
        {
            map.Add(PlanKeys.SchemaKey, Text(schema));
        }
        return map
            .Enum("numbering", plan.Numbering, defaults.Numbering)
            .Object("task_details", plan.TaskDetails == defaults.TaskDetails ? null : TaskDetails(plan.TaskDetails))
            .Object("letterhead", Letterhead(plan.Letterhead))
            .Object("title", Title(plan.Title))
            .List("bases", plan.Bases, CitedDocument)
            .List("implementing", plan.Implementing, CitedDocument)
            .Text("preamble", plan.Preamble)
            .List("sections", plan.Sections, Section)
            .Object("closing", plan.Closing is null ? null : Closing(plan.Closing))
            .List("recipients", plan.Recipients, Text)
            .List("archive", plan.Archive, Text)
            .Object("signature", Signature(plan.Signature))
            .List("appendices", plan.Appendices, Appendix);
    }

    private static MappingNode Letterhead(Letterhead letterhead) => new MappingNode()
        .Text("parent_body", letterhead.ParentBody)
        .Text("issuer", letterhead.Issuer)
        .List("issuer_lines", letterhead.IssuerLines, Text)
        .Number("number", letterhead.Number)
        .Text("symbol", letterhead.Symbol == Defaults.Letterhead.Symbol ? null : letterhead.Symbol)
        .Text("place", letterhead.Place)
        .Date("date", letterhead.Date)
        .Number("year", letterhead.Year);

    private static MappingNode Title(DocumentTitle title) => new MappingNode()
        .Text("kind", title.Kind == Defaults.Title.Kind ? null : title.Kind)
        .Text("summary", title.Summary);

    private static MappingNode CitedDocument(CitedDocument document) => new MappingNode()
        .Text("kind", document.Kind)
        .Text("number", document.Number)
        .Date("date", document.Date)
        .Text("issuer", document.Issuer)
        .Text("subject", document.Subject)
        .Text("text", document.Text)
        .Text("join_next", document.JoinNext is { } join ? SnakeCase.Value(join) : null);

    private static DataNode Closing(Closing closing) => closing.EndMark == Defaults.Closing.EndMark
        ? Text(closing.Text)
        : new MappingNode().Text("text", closing.Text).Bool("end_mark", closing.EndMark);

    private static MappingNode Signature(Signature signature) => new MappingNode()
        .List("authority", signature.Authority, line => Text(line.ToString()))
        .Text("position", signature.Position)
        .Text("name", signature.Name);

    private static MappingNode Section(Section section) => new MappingNode()
        .Enum("kind", section.Kind, Defaults.Section.Kind)
        .Text("label", section.Label)
        .Text("title", section.Title)
        .Text("unit", section.Unit)
        .Text("text", section.Text)
        .List("targets", section.Targets, Target)
        .Object("see_appendix", section.SeeAppendix is { } reference
            ? new MappingNode().Number("appendix", reference.Appendix).Text("text", reference.Text)
                .Enum("placement", reference.Placement, AppendixReferencePlacement.Heading)
            : null)
        .List("content", section.Content, Block);

    private static MappingNode Block(Block block) => block switch
    {
        ParagraphBlock paragraph => new MappingNode().Text("paragraph", paragraph.Text),
        BulletBlock { Style: BulletStyle.Plus } bullet => new MappingNode().Text("plus", bullet.Text),
        BulletBlock bullet => new MappingNode().Text("bullet", bullet.Text),
        SubsectionBlock subsection => new MappingNode().Object("section", Section(subsection.Section)),
        TaskBlock task => new MappingNode().Object("task", Task(task.Task)),
        _ => throw new ArgumentException($"The block type {block.GetType().Name} has no file format.", nameof(block)),
    };

    private static MappingNode Target(Target target) => new MappingNode()
        .Text("text", target.Text)
        .List("figures", target.Figures, figure => new MappingNode().Number("value", figure.Value).Text("unit", figure.Unit));

    private static MappingNode Task(PlanTask task)
    {
        var extra = new MappingNode();
        foreach (var (key, value) in task.Extra)
        {
            extra.Text(key, value);
        }
        return new MappingNode()
            .Text("text", task.Text)
            .Text("product", task.Product)
            .Text("lead", task.Lead)
            .Text("support", task.Support)
            .Text("supervisor", task.Supervisor)
            .Text("deadline", task.Deadline)
            .Text("funding", task.Funding)
            .Text("note", task.Note)
            .Object("details", task.Details is null ? null : TaskDetails(task.Details))
            .Object("extra", extra.Entries.Count == 0 ? null : extra)
            .List("subtasks", task.Subtasks, Task);
    }

    private static MappingNode Appendix(Appendix appendix) => new MappingNode()
        .Text("label", appendix.Label)
        .Text("title", appendix.Title)
        .Text("caption", appendix.Caption)
        .Enum("orientation", appendix.Orientation, Defaults.Appendix.Orientation)
        .List("tables", appendix.Tables, AppendixTable);

    private static MappingNode AppendixTable(AppendixTable table)
    {
        var map = new MappingNode().Text("title", table.Title);
        if (table.ColumnNumbers != Defaults.AppendixTable.ColumnNumbers)
        {
            map.Bool("column_numbers", table.ColumnNumbers);
        }
        if (!table.Columns.Equals(Defaults.AppendixTable.Columns))
        {
            // An empty list is written too: it differs from the default, the standard columns.
            var columns = new SequenceNode();
            columns.Items.AddRange(table.Columns.Select(TableColumn));
            map.Add("columns", columns);
        }
        return map
            .List("groups", table.Groups, group => new MappingNode().Text("title", group.Title).List("tasks", group.Tasks, Task))
            .List("tasks", table.Tasks, Task);
    }

    private static MappingNode TaskDetails(TaskDetails details)
    {
        var defaults = new TaskDetails();
        var map = new MappingNode()
            .Enum("form", details.Form, defaults.Form)
            .Enum("marker", details.Marker, defaults.Marker);
        return details.ItalicLabels ? map.Bool("italic_labels", true) : map;
    }

    private static MappingNode TableColumn(TableColumn column) => new MappingNode()
        .Enum("field", column.Field, null)
        .Text("header", column.Header)
        .Number("width", column.Width)
        .Text("key", column.Key);

    private static ScalarNode Text(string text) => new(text, isPlain: false);

    // Builders that leave out absent values and empty lists.

    private static MappingNode Text(this MappingNode map, string key, string? value) =>
        value is null ? map : map.Add(key, Text(value));

    private static MappingNode Number(this MappingNode map, string key, int? value) =>
        value is null ? map : map.Add(key, new ScalarNode(value.Value.ToString(CultureInfo.InvariantCulture), isPlain: true));

    private static MappingNode Number(this MappingNode map, string key, decimal? value) =>
        value is null ? map : map.Add(key, new ScalarNode(value.Value.ToString(CultureInfo.InvariantCulture), isPlain: true));

    private static MappingNode Bool(this MappingNode map, string key, bool value) =>
        map.Add(key, new ScalarNode(value ? "true" : "false", isPlain: true));

    private static MappingNode Date(this MappingNode map, string key, DateOnly? value) =>
        value is null ? map : map.Add(key, Text(value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static MappingNode Enum<TEnum>(this MappingNode map, string key, TEnum value, TEnum? omit) where TEnum : struct, Enum =>
        omit is { } o && EqualityComparer<TEnum>.Default.Equals(value, o) ? map : map.Add(key, Text(SnakeCase.Value(value)));

    private static MappingNode Object(this MappingNode map, string key, DataNode? value) =>
        value is null ? map : map.Add(key, value);

    private static MappingNode List<T>(this MappingNode map, string key, IReadOnlyList<T> items, Func<T, DataNode> write)
    {
        if (items.Count == 0)
        {
            return map;
        }
        var sequence = new SequenceNode();
        sequence.Items.AddRange(items.Select(write));
        return map.Add(key, sequence);
    }
}
