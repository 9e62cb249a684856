using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using CcHc.Docs.Docx;
using CcHc.Docs.Markup;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// Builds ke-hoach.docx, the NĐ30 Word template that prints a plan as the default .sbn templates do. The layout
/// comes from the markup writer itself (letterhead table, motto rules, styles, signing table, landscape appendix
/// section): it writes markup whose texts are numbered placeholders, then each placeholder becomes its tag, and the
/// paragraphs holding only block tags are added around the paragraphs, rows and tables they control.
/// </summary>
internal static class Nd30WordTemplate
{
    /// <summary>The file name the template is exported as.</summary>
    public const string FileName = "ke-hoach.docx";

    private const char Open = '\u27E6';
    private const char Close = '\u27E7';

    /// <summary>The template's bytes, with the writer's default options (or <paramref name="options"/>).</summary>
    public static byte[] Create(DocxWriterOptions? options = null)
    {
        options ??= new DocxWriterOptions();
        var tags = new List<Placeholder>();
        var markup = Markup(tags, options);
        var docx = new DocxWriter(options).WriteToArray(MarkupParser.Parse(markup, FileName + " (generated)"));
        return Substitute(docx, tags);
    }

    // RuleUnder: the rule paragraph after this placeholder's paragraph is replaced by a choice of rules.
    private sealed record Placeholder(string Text, string[] Before, string[] After, string[] AfterTable, RuleChoice? RuleUnder);

    private static string Markup(List<Placeholder> tags, DocxWriterOptions options)
    {
        int TextWidth(CcHc.Docs.Markup.Tree.PageOrientation orientation) => new PageGeometry(options, orientation).TextWidth;
        var summaryRule = new RuleChoice("plan.title.summary_width_em", options.Profile.Body, TextWidth(CcHc.Docs.Markup.Tree.PageOrientation.Portrait));
        var captionRule = new RuleChoice("appendix.caption_width_em", options.Profile.Body, TextWidth(CcHc.Docs.Markup.Tree.PageOrientation.Landscape));
        var portrait = TextWidth(CcHc.Docs.Markup.Tree.PageOrientation.Portrait);
        var issuingRule = new RuleChoice("plan.letterhead.issuer_width_em", options.Profile.Agency, portrait - Math.Min(LetterheadRenderer.RightColumn, portrait * 2 / 3));

        // A placeholder may carry sample text after "~": the writer sizes the rules and columns that follow the
        // text's width (under the issuing body and the trích yếu) on it; the sample goes with the placeholder.
        string T(string text, string[]? before = null, string[]? after = null, string[]? afterTable = null, string? sample = null, RuleChoice? ruleUnder = null)
        {
            tags.Add(new Placeholder(text, before ?? [], after ?? [], afterTable ?? [], ruleUnder));
            return $"{Open}{tags.Count - 1}{(sample is null ? "" : "~" + sample)}{Close}";
        }
        string[] End = ["{{ end }}"];
        const string SeeAppendix = "{{ if b.see_appendix }} ({{ b.see_appendix }}){{ end }}";
        const string SeeAppendixUpper = "{{ if b.see_appendix }} ({{ b.see_appendix | vn.upper }}){{ end }}";
        const string Dot = "{{ if b.see_appendix }}.{{ end }}";

        var m = new StringBuilder();
        m.Append("<document><section><letterhead>");
        m.Append($"<parent-body>{T("{{ plan.letterhead.parent_body | vn.upper }}", ["{{ if plan.letterhead.parent_body }}"], End)}</parent-body>");
        m.Append($"<issuing-body>{T("{{ plan.letterhead.issuer_lines | array.join \"\\n\" | vn.upper }}", sample: "ỦY BAN NHÂN DÂN", ruleUnder: issuingRule)}</issuing-body>");
        m.Append($"<number>{T("{{ plan.letterhead.reference }}")}</number>");
        m.Append($"<place-date>{T("{{ plan.letterhead.date_line }}")}</place-date>");
        m.Append("</letterhead><title>");
        m.Append($"<kind>{T("{{ plan.title.kind_upper }}")}</kind>");
        m.Append($"<summary>{T("{{ plan.title.summary_lines | array.join \"\\n\" }}", sample: "Cải cách hành chính năm 2026 trên địa bàn", ruleUnder: summaryRule)}</summary>");
        m.Append("</title>");
        // The opening: a căn cứ-style or a preamble-style paragraph for each of plan.opening.
        m.Append($"<p role=\"basis\">{T("{{ o.text }}", ["{{ for o in plan.opening }}", "{{ if o.role == \"basis\" }}"])}</p>");
        m.Append($"<p role=\"preamble\">{T("{{ o.text }}", ["{{ else }}"], ["{{ end }}", "{{ end }}"])}</p>");

        // The body: one loop over plan.body, a paragraph per kind.
        m.Append($"<heading level=\"1\" label=\"{T("{{ b.label }}")}\">{T("{{ b.text | vn.upper }}", ["{{ for b in plan.body }}", "{{ case b.kind }}", "{{ when \"heading\" }}", "{{ if b.level == 1 }}"])}<i>{T(SeeAppendixUpper)}</i>{T(Dot)}</heading>");
        m.Append($"<heading level=\"2\" label=\"{T("{{ b.label }}")}\">{T("{{ b.text }}", ["{{ else if b.level == 2 }}"])}<i>{T(SeeAppendix)}</i>{T(Dot)}</heading>");
        m.Append($"<heading level=\"3\" label=\"{T("{{ b.label }}")}\">{T("{{ b.text }}", ["{{ else }}"], End)}<i>{T(SeeAppendix)}</i>{T(Dot)}</heading>");
        m.Append($"<item label=\"{T("{{ b.label }}")}\">{T("{{ b.text }}", ["{{ when \"item\" }}"])}<i>{T(SeeAppendix)}</i>{T(Dot)}</item>");
        m.Append($"<item marker=\"dash\">{T("{{ b.text }}", ["{{ when \"dash\" }}"])}</item>");
        m.Append($"<item marker=\"plus\">{T("{{ b.text }}", ["{{ when \"plus\" }}"])}</item>");
        m.Append($"<p>{T("{{ b.text }}", ["{{ else }}"], ["{{ end }}", "{{ end }}"])}</p>");

        m.Append($"<p role=\"closing\">{T("{{ plan.closing_line }}", ["{{ if plan.closing_line }}"], End)}</p>");
        m.Append("<signing><recipients>");
        m.Append($"<recipient>{T("{{ r }};", ["{{ for r in plan.recipients }}"], End)}</recipient>");
        m.Append($"<recipient>{T("{{ plan.archive_line }}", ["{{ if plan.archive_line != \"\" }}"], End)}</recipient>");
        m.Append("</recipients><signature>");
        m.Append($"<authority>{T("{{ a | vn.upper }}", ["{{ for a in plan.signature.authority_lines }}"], End)}</authority>");
        m.Append($"<position>{T("{{ plan.signature.position | vn.upper }}", ["{{ if plan.signature.position }}"], End)}</position>");
        m.Append($"<signer>{T("{{ plan.signature.name }}")}</signer>");
        m.Append("</signature></signing></section>");

        // Each appendix in its own landscape section; the loop's end stands in a last section of its own, which
        // the render drops when it is left empty.
        m.Append("<section orientation=\"landscape\" restart-page-numbers=\"true\"><appendix-heading>");
        m.Append($"<label>{T("{{ appendix.label }}", ["{{ for appendix in plan.appendices }}"])}</label>");
        m.Append($"<title>{T("{{ appendix.title | vn.upper }}")}</title>");
        m.Append($"<caption>{T("{{ appendix.caption }}", ruleUnder: captionRule)}</caption>");
        m.Append("</appendix-heading>");
        m.Append($"<p role=\"center\"><b>{T("{{ table.title }}", ["{{ for table in appendix.tables }}", "{{ if table.title }}"], End)}</b></p>");
        m.Append("<table><columns><column width=\"12mm\" align=\"center\"/><column width=\"95mm\"/><column width=\"40mm\"/>" +
                 "<column width=\"35mm\"/><column width=\"40mm\"/><column width=\"30mm\" align=\"center\"/></columns>");
        m.Append("<row kind=\"header\">");
        for (var i = 0; i < 6; i++)
        {
            m.Append($"<cell>{T($"{{{{ table.columns[{i}].header }}}}")}</cell>");
        }
        m.Append("</row>");
        void TagRow(string tag, string[]? afterTable = null) =>
            m.Append($"<row><cell>{T(tag, afterTable: afterTable)}</cell><cell/><cell/><cell/><cell/><cell/></row>");
        TagRow("{{ for r in table.rows }}");
        TagRow("{{ if r.is_group }}");
        m.Append($"<row kind=\"group\"><cell>{T("{{ r.number }}")}</cell><cell colspan=\"5\">{T("{{ r.title }}")}</cell></row>");
        TagRow("{{ else }}");
        m.Append("<row>");
        for (var i = 0; i < 6; i++)
        {
            m.Append($"<cell>{T($"{{{{ r.cells[{i}] | vn.inline_notes }}}}")}</cell>");
        }
        m.Append("</row>");
        TagRow("{{ end }}");
        TagRow("{{ end }}", End);
        m.Append("</table></section>");
        m.Append($"<section orientation=\"landscape\"><p>{T("{{ end }}")}</p></section>");
        m.Append("</document>");
        return m.ToString();
    }

    // Replaces each placeholder of document.xml by its tag and adds the block-tag paragraphs; other parts are copied.
    private static byte[] Substitute(byte[] docx, List<Placeholder> tags)
    {
        var w = WordNames.W;
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var package = new DeterministicPackage(output))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                if (entry.FullName != "word/document.xml")
                {
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    package.WritePart(entry.FullName, copy.ToArray());
                    continue;
                }
                var document = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
                foreach (var paragraph in document.Descendants(WordNames.Paragraph).ToList())
                {
                    var used = new List<Placeholder>();
                    foreach (var text in paragraph.Descendants(WordNames.Text))
                    {
                        text.Value = Replace(text.Value, tags, used);
                        text.SetAttributeValue(XNamespace.Xml + "space", "preserve");
                    }
                    foreach (var tag in used)
                    {
                        paragraph.AddBeforeSelf(tag.Before.Select(TagParagraph));
                        paragraph.AddAfterSelf(tag.After.Select(TagParagraph));
                        if (tag.RuleUnder is { } rules)
                        {
                            var rule = paragraph.ElementsAfterSelf(WordNames.Paragraph).First();
                            rule.ReplaceWith(rules.Paragraphs(rule).ToArray());
                        }
                        if (tag.AfterTable.Length > 0)
                        {
                            paragraph.Ancestors(w + "tbl").First().AddAfterSelf(tag.AfterTable.Select(TagParagraph));
                        }
                    }
                }
                package.WriteXmlPart(entry.FullName, xml => document.Root!.WriteTo(xml));
            }
        }
        return output.ToArray();
    }

    private static string Replace(string value, List<Placeholder> tags, List<Placeholder> used)
    {
        var text = new StringBuilder();
        var position = 0;
        while (true)
        {
            var open = value.IndexOf(Open, position);
            if (open < 0)
            {
                return text.Append(value, position, value.Length - position).ToString();
            }
            var close = value.IndexOf(Close, open);
            var digits = open + 1;
            while (char.IsAsciiDigit(value[digits]))
            {
                digits++;
            }
            var tag = tags[int.Parse(value.AsSpan(open + 1, digits - open - 1), System.Globalization.CultureInfo.InvariantCulture)];
            used.Add(tag);
            text.Append(value, position, open - position).Append(tag.Text);
            position = close + 1;
        }
    }

    internal static XElement TagParagraph(string tag) =>
        new(WordNames.Paragraph, new XElement(WordNames.Run, new XElement(WordNames.Text, tag)));
}
