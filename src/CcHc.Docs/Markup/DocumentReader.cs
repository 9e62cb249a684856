using System.Xml.Linq;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>Reads &lt;document&gt;, &lt;section&gt; and the general blocks; delegates NĐ30 blocks and tables.</summary>
internal sealed class DocumentReader
{
    private const string SectionBlocks =
        "<p>, <heading>, <item>, <table>, <page-break/>, <letterhead>, <title>, <signing>, <appendix-heading>";

    private readonly ElementRules _rules;
    private readonly InlineReader _inlines;
    private readonly Nd30BlockReader _nd30;
    private readonly TableReader _tables;

    public DocumentReader(ElementRules rules)
    {
        _rules = rules;
        _inlines = new InlineReader(rules);
        _nd30 = new Nd30BlockReader(rules, _inlines);
        _tables = new TableReader(rules, this);
    }

    public MarkupDocument Read(XDocument xml)
    {
        var root = xml.Root!;
        if (root.Name != "document")
        {
            _rules.Fail(root, $"The markup must start with <document>, not <{root.Name.LocalName}>.");
        }

        _rules.AllowAttributes(root);
        var sections = new List<MarkupSection>();
        foreach (var child in _rules.ChildElements(root))
        {
            if (child.Name != "section")
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

    private MarkupSection ReadSection(XElement section)
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
        var blocks = _rules.ChildElements(section).Select(child => ReadSectionBlock(child, section)).ToList();
        return new MarkupSection(blocks, orientation, numbers, restart);
    }

    private MarkupBlock ReadSectionBlock(XElement element, XElement parent)
    {
        if (element.Name.NamespaceName.Length != 0)
        {
            _rules.Unexpected(element, parent, SectionBlocks);
        }

        switch (element.Name.LocalName)
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
                if (element.Nodes().Any())
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
    public MarkupBlock ReadCellBlock(XElement element, XElement cell)
    {
        if (element.Name == "p")
        {
            return ReadParagraph(element, insideCell: true);
        }

        if (element.Name == "item")
        {
            return ReadItem(element);
        }

        _rules.Unexpected(element, cell, "<p>, <item> or inline content (" + InlineReader.AllowedInline + ")");
        return null!;
    }

    public IReadOnlyList<MarkupInline> ReadInlines(XElement element) => _inlines.Read(element);

    private ParagraphBlock ReadParagraph(XElement element, bool insideCell)
    {
        if (insideCell)
        {
            _rules.AllowAttributes(element);
            return new ParagraphBlock(_inlines.Read(element), ParagraphRole.Plain);
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
        return new ParagraphBlock(_inlines.Read(element), role);
    }

    private HeadingBlock ReadHeading(XElement element)
    {
        _rules.AllowAttributes(element, "level", "label");
        _rules.Required(element, "level");
        var level = _rules.Integer(element, "level", 1, HeadingBlock.MinLevel, HeadingBlock.MaxLevel);
        var label = _rules.Required(element, "label").Trim();
        var inlines = _inlines.Read(element);
        if (inlines.Count == 0)
        {
            _rules.Fail(element, "<heading> has no text; write the heading text between <heading …> and </heading>.");
        }

        return new HeadingBlock(level, label, inlines);
    }

    private ListItemBlock ReadItem(XElement element)
    {
        _rules.AllowAttributes(element, "marker", "label");
        var hasMarker = element.Attribute("marker") is not null;
        var label = element.Attribute("label");
        if (hasMarker == (label is not null))
        {
            _rules.Fail(element, "<item> needs exactly one of marker=\"dash|plus\" or label=\"…\" (e.g. label=\"a)\").");
        }

        var inlines = _inlines.Read(element);
        if (label is not null)
        {
            if (string.IsNullOrWhiteSpace(label.Value))
            {
                _rules.Fail(label, "label=\"\" is empty; give the computed label, e.g. label=\"a)\".");
            }

            return new ListItemBlock(ListMarker.Label, label.Value.Trim(), inlines);
        }

        var marker = _rules.Enum(element, "marker", ListMarker.Dash, ("dash", ListMarker.Dash), ("plus", ListMarker.Plus));
        return new ListItemBlock(marker, null, inlines);
    }
}
