using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>Reads &lt;document&gt;, &lt;section&gt; and the general blocks; delegates NĐ30 blocks and tables.</summary>
internal sealed class DocumentReader
{
    private const string SectionBlocks =
        "<p>, <heading>, <item>, <table>, <page-break/>, <letterhead>, <title>, <signing>, <appendix-heading>";

    private readonly MarkupReader _reader;
    private readonly ElementRules _rules;
    private readonly InlineReader _inlines;
    private readonly Nd30BlockReader _nd30;
    private readonly TableReader _tables;

    public DocumentReader(MarkupReader reader)
    {
        _reader = reader;
        _rules = new ElementRules(reader);
        _inlines = new InlineReader(reader, _rules);
        _nd30 = new Nd30BlockReader(reader, _rules, _inlines);
        _tables = new TableReader(reader, _rules, new CellContentReader(reader, _rules, _inlines, this));
    }

    /// <summary>Reads the document element; the reader ends on its end tag.</summary>
    public MarkupDocument Read()
    {
        var root = _reader.ReadRoot();
        if (!root.Is("document"))
        {
            _rules.Fail(root, $"The markup must start with <document>, not <{root.Name}>.");
        }

        _rules.AllowAttributes(root);
        var sections = new List<MarkupSection>();
        while (_reader.NextChild(root))
        {
            if (!_reader.IsElement)
            {
                _rules.RejectText(root);
                continue;
            }

            var child = _reader.Element();
            if (!child.Is("section"))
            {
                _rules.Unexpected(child, root, "<section>");
            }

            sections.Add(ReadSection(child));
        }

        if (sections.Count == 0)
        {
            _rules.Fail(root, "<document> needs at least one <section>.");
        }

        return new MarkupDocument(sections);
    }

    private MarkupSection ReadSection(in ElementStart section)
    {
        _rules.AllowAttributes(section, "orientation", "page-numbers", "restart-page-numbers");
        var orientation = _rules.Enum(
            section, "orientation", PageOrientation.Portrait,
            ("portrait", PageOrientation.Portrait), ("landscape", PageOrientation.Landscape));
        var numbers = _rules.Enum(
            section, "page-numbers", PageNumberDisplay.FromSecondPage,
            ("from-second-page", PageNumberDisplay.FromSecondPage),
            ("all", PageNumberDisplay.AllPages),
            ("none", PageNumberDisplay.None));
        var restart = _rules.Boolean(section, "restart-page-numbers", false);
        var blocks = new List<MarkupBlock>();
        while (_reader.NextChild(section))
        {
            if (!_reader.IsElement)
            {
                _rules.RejectText(section);
                continue;
            }

            blocks.Add(ReadSectionBlock(_reader.Element(), section));
        }

        return new MarkupSection(blocks, orientation, numbers, restart);
    }

    private MarkupBlock ReadSectionBlock(in ElementStart element, in ElementStart parent)
    {
        switch (element.MarkupName)
        {
            case "p":
                return ReadParagraph(element, insideCell: false);
            case "heading":
                return ReadHeading(element);
            case "item":
                return ReadItem(element);
            case "table":
                return _tables.Read(element);
            case "page-break":
                _rules.AllowAttributes(element);
                if (_reader.NextChild(element))
                {
                    _rules.Fail(element, "<page-break/> is an empty element; write <page-break/>.");
                }

                return PageBreakBlock.Instance;
            case "letterhead":
                return _nd30.ReadLetterhead(element);
            case "title":
                return _nd30.ReadTitle(element);
            case "signing":
                return _nd30.ReadSigning(element);
            case "appendix-heading":
                return _nd30.ReadAppendixHeading(element);
            default:
                _rules.Unexpected(element, parent, SectionBlocks);
                return null!;
        }
    }

    /// <summary>Reads a &lt;p&gt; or &lt;item&gt; inside a table cell.</summary>
    public MarkupBlock ReadCellBlock(in ElementStart element, in ElementStart cell)
    {
        if (element.Is("p"))
        {
            return ReadParagraph(element, insideCell: true);
        }

        if (element.Is("item"))
        {
            return ReadItem(element);
        }

        _rules.Unexpected(element, cell, CellContentReader.AllowedBlocks);
        return null!;
    }

    private ParagraphBlock ReadParagraph(in ElementStart element, bool insideCell)
    {
        if (insideCell)
        {
            _rules.AllowAttributes(element);
            return ParagraphBlock.Adopt(_inlines.Read(element, footnotes: true), ParagraphRole.Plain);
        }

        _rules.AllowAttributes(element, "role");
        var role = _rules.Enum(
            element, "role", ParagraphRole.Body,
            ("body", ParagraphRole.Body),
            ("basis", ParagraphRole.Basis),
            ("preamble", ParagraphRole.Preamble),
            ("closing", ParagraphRole.Closing),
            ("center", ParagraphRole.Centered),
            ("plain", ParagraphRole.Plain));
        return ParagraphBlock.Adopt(_inlines.Read(element, footnotes: true), role);
    }

    private HeadingBlock ReadHeading(in ElementStart element)
    {
        _rules.AllowAttributes(element, "level", "label");
        _rules.Required(element, "level");
        var level = _rules.Integer(element, "level", 1, HeadingBlock.MinLevel, HeadingBlock.MaxLevel);
        var label = _rules.Required(element, "label").Trim();
        var inlines = _inlines.Read(element, footnotes: true);
        if (inlines.Length == 0)
        {
            _rules.Fail(element, "<heading> has no text; write the heading text between <heading …> and </heading>.");
        }

        return new HeadingBlock(level, label, inlines);
    }

    private ListItemBlock ReadItem(in ElementStart element)
    {
        _rules.AllowAttributes(element, "marker", "label");
        var marker = _reader.Attribute("marker");
        var label = _reader.Attribute("label");
        if (marker.HasValue == label.HasValue)
        {
            _rules.Fail(element, "<item> needs exactly one of marker=\"dash|plus\" or label=\"…\" (e.g. label=\"a)\").");
        }

        // The attribute values are checked after the content, as they always were.
        var inlines = _inlines.Read(element, footnotes: true);
        if (label is { } labelled)
        {
            if (string.IsNullOrWhiteSpace(labelled.Value))
            {
                _rules.Fail(element, labelled, "label=\"\" is empty; give the computed label, e.g. label=\"a)\".");
            }

            return new ListItemBlock(ListMarker.Label, labelled.Value.Trim(), inlines);
        }

        var kind = _rules.Enum(element, "marker", marker, ListMarker.Dash, ("dash", ListMarker.Dash), ("plus", ListMarker.Plus));
        return new ListItemBlock(kind, null, inlines);
    }
}
