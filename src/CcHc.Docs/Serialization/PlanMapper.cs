using CcHc.Docs.Plans;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Maps a <see cref="DataNode"/> tree to a <see cref="Plan"/> by hand, one method per model type, collecting
/// every error (with its plan path) instead of stopping at the first. See <see cref="PlanKeys"/> for the keys.
/// </summary>
internal sealed partial class PlanMapper(ReadContext context)
{
    private readonly ScalarReader _scalars = new(context);

    /// <summary>The plan, or null when the tree is not a mapping; errors go to the context.</summary>
    public Plan? Map(DataNode? root)
    {
        if (root is null or ScalarNode { IsNull: true })
        {
            context.Error(root?.Position ?? new SourcePosition(1, 1), PlanPath.Root,
                "the file is empty; a plan needs at least letterhead, title and signature");
            return null;
        }
        if (Open(root, PlanPath.Root, PlanKeys.Plan, "a mapping (the plan)") is not { } m)
        {
            return null;
        }
        var defaults = Defaults.Plan;
        return new Plan
        {
            Numbering = m.Enum<NumberingScheme>("numbering") ?? defaults.Numbering,
            TaskDetails = m.Object("task_details", TaskDetails) ?? defaults.TaskDetails,
            Letterhead = m.RequiredObject("letterhead", Letterhead, defaults.Letterhead),
            Title = m.RequiredObject("title", Title, defaults.Title),
            Bases = m.List("bases", CitedDocument) ?? defaults.Bases,
            Implementing = m.List("implementing", CitedDocument) ?? defaults.Implementing,
            Preamble = m.Text("preamble"),
            Sections = m.List("sections", Section) ?? defaults.Sections,
            Closing = m.Object("closing", Closing),
            Recipients = m.TextList("recipients") ?? defaults.Recipients,
            Archive = m.TextList("archive") ?? defaults.Archive,
            Signature = m.RequiredObject("signature", Signature, defaults.Signature),
            Appendices = m.List("appendices", Appendix) ?? defaults.Appendices,
        };
    }

    private MappingReader? Open(DataNode node, string path, IReadOnlyList<string>? keys, string what) =>
        MappingReader.Open(_scalars, node, path, keys, what);

    private Letterhead? Letterhead(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.Letterhead, "a mapping (the letterhead)") is not { } m)
        {
            return null;
        }
        var defaults = Defaults.Letterhead;
        return new Letterhead
        {
            ParentBody = m.Text("parent_body"),
            Issuer = m.RequiredText("issuer"),
            IssuerLines = m.TextList("issuer_lines") ?? defaults.IssuerLines,
            Number = m.Int("number"),
            Symbol = m.Text("symbol") ?? defaults.Symbol,
            Place = m.RequiredText("place"),
            Date = m.Date("date"),
            Year = m.Int("year"),
        };
    }

    private DocumentTitle? Title(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.Title, "a mapping (the title)") is not { } m)
        {
            return null;
        }
        return new DocumentTitle
        {
            Kind = m.Text("kind") ?? Defaults.Title.Kind,
            Summary = m.RequiredText("summary"),
        };
    }

    private CitedDocument? CitedDocument(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.CitedDocument, "a mapping (a cited document)") is not { } m)
        {
            return null;
        }
        return new CitedDocument
        {
            Kind = m.RequiredText("kind"),
            Number = m.Text("number"),
            Date = m.Date("date"),
            Issuer = m.Text("issuer"),
            Subject = m.Text("subject"),
            Text = m.Text("text"),
            JoinNext = m.Enum<CitationJoin>("join_next"),
        };
    }

    private TaskDetails? TaskDetails(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.TaskDetails, "a mapping (how tasks print their details)") is not { } m)
        {
            return null;
        }
        var defaults = new TaskDetails();
        return new TaskDetails
        {
            Form = m.Enum<TaskDetailForm>("form") ?? defaults.Form,
            Marker = m.Enum<TaskDetailMarker>("marker") ?? defaults.Marker,
            ItalicLabels = m.Bool("italic_labels") ?? defaults.ItalicLabels,
        };
    }

    private Closing? Closing(DataNode node, string path)
    {
        if (node is ScalarNode)
        {
            return new Closing { Text = _scalars.RequiredText(node, path) };
        }
        if (node is SequenceNode)
        {
            context.Error(node.Position, path, $"expected text, or a mapping with text and end_mark, found {node.Description}");
            return null;
        }
        if (Open(node, path, PlanKeys.Closing, "a mapping (the closing)") is not { } m)
        {
            return null;
        }
        return new Closing
        {
            Text = m.RequiredText("text"),
            EndMark = m.Bool("end_mark") ?? Defaults.Closing.EndMark,
        };
    }

    private Signature? Signature(DataNode node, string path)
    {
        if (Open(node, path, PlanKeys.Signature, "a mapping (the signature)") is not { } m)
        {
            return null;
        }
        return new Signature
        {
            Authority = m.List("authority", (n, p) => AuthorityLine.Parse(_scalars.RequiredText(n, p))) ?? [],
            Position = m.Text("position"),
            Name = m.RequiredText("name"),
        };
    }
}
