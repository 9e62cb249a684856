namespace CcHc.Docs.Serialization;

/// <summary>
/// The keys of each object of the file format, in the order the writer writes them. The reader accepts
/// exactly these; a test checks them against the model's properties and against schemas/plan.schema.json.
/// The names are those of the schema's <c>$defs</c> (the plan itself is <c>plan</c>).
/// </summary>
internal static class PlanKeys
{
    public static readonly string[] Plan =
        ["numbering", "task_details", "letterhead", "title", "bases", "implementing", "preamble", "sections", "closing", "recipients", "archive", "signature", "appendices"];

    public static readonly string[] Letterhead = ["parent_body", "issuer", "issuer_lines", "number", "symbol", "place", "date", "year"];
    public static readonly string[] Title = ["kind", "summary"];
    public static readonly string[] CitedDocument = ["kind", "number", "date", "issuer", "subject", "text", "join_next"];
    public static readonly string[] Section = ["kind", "label", "title", "unit", "text", "targets", "see_appendix", "content"];
    public static readonly string[] Block = ["paragraph", "bullet", "plus", "section", "task"];
    public static readonly string[] Target = ["text", "figures"];
    public static readonly string[] Figure = ["value", "unit"];
    public static readonly string[] AppendixReference = ["appendix", "text", "placement"];
    public static readonly string[] Task = ["text", "product", "lead", "support", "supervisor", "deadline", "funding", "note", "details", "extra", "subtasks"];
    public static readonly string[] Closing = ["text", "end_mark"];
    public static readonly string[] Signature = ["authority", "position", "name"];
    public static readonly string[] Appendix = ["label", "title", "caption", "orientation", "tables"];
    public static readonly string[] AppendixTable = ["title", "column_numbers", "columns", "groups", "tasks"];
    public static readonly string[] TableColumn = ["field", "header", "width", "key"];
    public static readonly string[] TaskGroup = ["title", "tasks"];
    public static readonly string[] TaskDetails = ["form", "marker", "italic_labels"];

    /// <summary>The top-level key a JSON file may use to name its schema; ignored by the reader.</summary>
    public const string SchemaKey = "$schema";

    /// <summary>Every object type by its schema name, with the model type it maps to.</summary>
    public static readonly IReadOnlyDictionary<string, (Type Model, string[] Keys)> All = new Dictionary<string, (Type, string[])>
    {
        ["plan"] = (typeof(Plans.Plan), Plan),
        ["letterhead"] = (typeof(Plans.Letterhead), Letterhead),
        ["title"] = (typeof(Plans.DocumentTitle), Title),
        ["citedDocument"] = (typeof(Plans.CitedDocument), CitedDocument),
        ["section"] = (typeof(Plans.Section), Section),
        ["block"] = (typeof(Plans.Block), Block),
        ["target"] = (typeof(Plans.Target), Target),
        ["figure"] = (typeof(Plans.Figure), Figure),
        ["appendixReference"] = (typeof(Plans.AppendixReference), AppendixReference),
        ["task"] = (typeof(Plans.PlanTask), Task),
        ["closing"] = (typeof(Plans.Closing), Closing),
        ["signature"] = (typeof(Plans.Signature), Signature),
        ["appendix"] = (typeof(Plans.Appendix), Appendix),
        ["appendixTable"] = (typeof(Plans.AppendixTable), AppendixTable),
        ["tableColumn"] = (typeof(Plans.TableColumn), TableColumn),
        ["taskGroup"] = (typeof(Plans.TaskGroup), TaskGroup),
        ["taskDetails"] = (typeof(Plans.TaskDetails), TaskDetails),
    };
}
