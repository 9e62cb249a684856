using System.Runtime.CompilerServices;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Validation;

/// <summary>
/// Walks a plan in document order, the order the file format writes it: every string with its path and role,
/// and every path (strings and the objects holding them), which orders diagnostics.
/// </summary>
internal sealed class PlanWalker
{
    private static readonly ConditionalWeakTable<Plan, PlanWalker> Cache = new();

    private readonly List<PlanString> _strings = [];
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);

    private PlanWalker(Plan plan)
    {
        Walk(plan);
    }

    /// <summary>Every string of the plan, in document order.</summary>
    public IReadOnlyList<PlanString> Strings => _strings;

    /// <summary>The walk of <paramref name="plan"/>, computed once per plan instance.</summary>
    public static PlanWalker Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Cache.GetValue(plan, p => new PlanWalker(p));
    }

    /// <summary>The strings of the plan, in document order.</summary>
    public static IReadOnlyList<PlanString> StringsOf(Plan plan) => Of(plan).Strings;

    /// <summary>The document position of <paramref name="path"/>, or of its nearest enclosing path the walk visited.</summary>
    public int OrderOf(string path)
    {
        for (string? current = path; current is not null; current = PlanPath.Parent(current))
        {
            if (_order.TryGetValue(current, out var index))
            {
                return index;
            }
        }
        return -1;
    }

    private void Visit(string path) => _order.TryAdd(path, _order.Count);

    private void Add(string path, string? text, TextRole role)
    {
        Visit(path);
        if (text is null)
        {
            return;
        }

        // Where footnotes print (body, targets, tasks), the rules read the text as printed: the sentence without its
        // notes, then each note on its own, under the same path.
        if (role is TextRole.Body or TextRole.Target or TextRole.Task && FootnoteMarks.HasFootnote(text))
        {
            var pieces = FootnoteMarks.Split(text).ToList();
            _strings.Add(new PlanString(path, string.Concat(pieces.Where(p => !p.IsNote).Select(p => FootnoteMarks.UnescapeOpen(p.Text))), role));
            _strings.AddRange(pieces.Where(p => p.IsNote).Select(p => new PlanString(path, p.Text, role)));
            return;
        }

        _strings.Add(new PlanString(path, text, role));
    }

    private void Walk(Plan plan)
    {
        Visit(PlanPath.Root);
        var letterhead = plan.Letterhead;
        Visit("letterhead");
        Add("letterhead.parent_body", letterhead.ParentBody, TextRole.Letterhead);
        Add("letterhead.issuer", letterhead.Issuer, TextRole.Letterhead);
        for (var i = 0; i < letterhead.IssuerLines.Count; i++)
        {
            Add(PlanPath.Item("letterhead.issuer_lines", i), letterhead.IssuerLines[i], TextRole.Letterhead);
        }
        Visit("letterhead.number");
        Add("letterhead.symbol", letterhead.Symbol, TextRole.Letterhead);
        Add("letterhead.place", letterhead.Place, TextRole.Letterhead);
        Visit("letterhead.date");
        Visit("letterhead.year");
        Visit("title");
        Add("title.kind", plan.Title.Kind, TextRole.Title);
        Add("title.summary", plan.Title.Summary, TextRole.Title);
        Citations("bases", plan.Bases);
        Citations("implementing", plan.Implementing);
        Add("preamble", plan.Preamble, TextRole.Preamble);
        Visit("sections");
        for (var i = 0; i < plan.Sections.Count; i++)
        {
            Section(PlanPath.Item("sections", i), plan.Sections[i]);
        }
        if (plan.Closing is { } closing)
        {
            Visit("closing");
            Add("closing.text", closing.Text, TextRole.Closing);
        }
        Visit("recipients");
        for (var i = 0; i < plan.Recipients.Count; i++)
        {
            Add(PlanPath.Item("recipients", i), plan.Recipients[i], TextRole.Recipient);
        }
        Visit("archive");
        for (var i = 0; i < plan.Archive.Count; i++)
        {
            Add(PlanPath.Item("archive", i), plan.Archive[i], TextRole.Archive);
        }
        Visit("signature");
        Visit("signature.authority");
        for (var i = 0; i < plan.Signature.Authority.Count; i++)
        {
            Add(PlanPath.Item("signature.authority", i), plan.Signature.Authority[i].ToString(), TextRole.Signature);
        }
        Add("signature.position", plan.Signature.Position, TextRole.Signature);
        Add("signature.name", plan.Signature.Name, TextRole.Signature);
        Visit("appendices");
        for (var i = 0; i < plan.Appendices.Count; i++)
        {
            Appendix(PlanPath.Item("appendices", i), plan.Appendices[i]);
        }
    }

    private void Citations(string list, IReadOnlyList<CitedDocument> documents)
    {
        Visit(list);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = PlanPath.Item(list, i);
            var document = documents[i];
            Visit(path);
            Add(path + ".kind", document.Kind, TextRole.Citation);
            Add(path + ".number", document.Number, TextRole.Citation);
            Visit(path + ".date");
            Add(path + ".issuer", document.Issuer, TextRole.Citation);
            Add(path + ".subject", document.Subject, TextRole.Citation);
            Add(path + ".text", document.Text, TextRole.Citation);
            Visit(path + ".join_next");
        }
    }

    private void Section(string path, Section section)
    {
        Visit(path);
        Visit(path + ".kind");
        Add(path + ".title", section.Title, TextRole.Heading);
        Add(path + ".unit", section.Unit, TextRole.Heading);
        Add(path + ".text", section.Text, TextRole.Body);
        for (var i = 0; i < section.Targets.Count; i++)
        {
            var target = PlanPath.Item(path + ".targets", i);
            Visit(target);
            Add(target + ".text", section.Targets[i].Text, TextRole.Target);
            for (var f = 0; f < section.Targets[i].Figures.Count; f++)
            {
                Visit(PlanPath.Item(target + ".figures", f));
            }
        }
        if (section.SeeAppendix is { } reference)
        {
            Visit(path + ".see_appendix");
            Add(path + ".see_appendix.text", reference.Text, TextRole.Body);
        }
        for (var i = 0; i < section.Content.Count; i++)
        {
            var item = PlanPath.Item(path + ".content", i);
            Visit(item);
            switch (section.Content[i])
            {
                case ParagraphBlock paragraph:
                    Add(item + ".paragraph", paragraph.Text, TextRole.Body);
                    break;
                case BulletBlock bullet:
                    Add(item + (bullet.Style == BulletStyle.Plus ? ".plus" : ".bullet"), bullet.Text, TextRole.Body);
                    break;
                case SubsectionBlock sub:
                    Section(item + ".section", sub.Section);
                    break;
                case TaskBlock task:
                    Task(item + ".task", task.Task);
                    break;
            }
        }
    }

    private void Task(string path, PlanTask task)
    {
        Visit(path);
        Add(path + ".text", task.Text, TextRole.Task);
        Add(path + ".product", task.Product, TextRole.Task);
        Add(path + ".lead", task.Lead, TextRole.Task);
        Add(path + ".support", task.Support, TextRole.Task);
        Add(path + ".supervisor", task.Supervisor, TextRole.Task);
        Add(path + ".deadline", task.Deadline, TextRole.Task);
        Add(path + ".funding", task.Funding, TextRole.Task);
        Add(path + ".note", task.Note, TextRole.Task);
        foreach (var (key, value) in task.Extra)
        {
            Add(PlanPath.Child(path + ".extra", key), value, TextRole.Task);
        }
        for (var i = 0; i < task.Subtasks.Count; i++)
        {
            Task(PlanPath.Item(path + ".subtasks", i), task.Subtasks[i]);
        }
    }

    private void Appendix(string path, Appendix appendix)
    {
        Visit(path);
        Add(path + ".label", appendix.Label, TextRole.AppendixLabel);
        Add(path + ".title", appendix.Title, TextRole.AppendixTitle);
        Add(path + ".caption", appendix.Caption, TextRole.AppendixCaption);
        for (var t = 0; t < appendix.Tables.Count; t++)
        {
            var table = appendix.Tables[t];
            var tablePath = PlanPath.Item(path + ".tables", t);
            Visit(tablePath);
            Add(tablePath + ".title", table.Title, TextRole.TableTitle);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = PlanPath.Item(tablePath + ".columns", c);
                Visit(column);
                Add(column + ".header", table.Columns[c].Header, TextRole.ColumnHeader);
            }
            for (var g = 0; g < table.Groups.Count; g++)
            {
                var group = PlanPath.Item(tablePath + ".groups", g);
                Visit(group);
                Add(group + ".title", table.Groups[g].Title, TextRole.GroupTitle);
                for (var k = 0; k < table.Groups[g].Tasks.Count; k++)
                {
                    Task(PlanPath.Item(group + ".tasks", k), table.Groups[g].Tasks[k]);
                }
            }
            for (var k = 0; k < table.Tasks.Count; k++)
            {
                Task(PlanPath.Item(tablePath + ".tasks", k), table.Tasks[k]);
            }
        }
    }
}
