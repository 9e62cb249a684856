using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// Describes one paragraph: its resolved paragraph formatting, its list label, and its text split into
/// groups of identical character formatting. A paragraph with one group fits on one line:
/// <c>p [14pt B center] KẾ HOẠCH</c>; otherwise each group gets its own line below the paragraph.
/// Fields show as <c>{PAGE}</c>; bookmarks, proofing marks, revisions ids and rsids never show.
/// </summary>
internal sealed partial class ParagraphDescriber(StyleResolver styles, NumberingCatalog numbering, DocxDescriptionOptions options)
{
    public void Describe(Paragraph paragraph, int depth, string? tableStyleId, DescriptionBuilder output)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = styles.ParagraphStyleId(properties);
        var layer = styles.ResolveParagraph(properties, tableStyleId);

        var tokens = layer.Tokens().ToList();
        if (layer.NumberingId is { } numId && numbering.NextLabel(numId, layer.NumberingLevel ?? 0) is { } label)
            tokens.Add("label=\"" + label + "\"");
        if (options.IncludeStyleNames && styles.StyleName(styleId) is { } styleName)
            tokens.Add("style=\"" + styleName + "\"");

        var collector = new PieceCollector(styles, styleId, tableStyleId);
        collector.Walk(paragraph);
        var groups = collector.Groups();

        if (groups.Count == 0)
        {
            // An empty paragraph's height comes from its paragraph mark, so that is what we show.
            var mark = styles.ResolveRun(properties?.ParagraphMarkRunProperties, styleId, tableStyleId);
            output.Formatted(depth, "p", mark, tokens, null);
        }
        else if (groups.Count == 1)
        {
            output.Formatted(depth, "p", groups[0].Format, tokens, groups[0].Text.ToString());
        }
        else
        {
            output.Formatted(depth, "p", null, tokens, null);
            foreach (var group in groups) output.Formatted(depth + 1, "", group.Format, [], group.Text.ToString());
        }
    }

    /// <summary>Field instruction with formatting switches removed, e.g. <c>PAGE \* MERGEFORMAT</c> → <c>PAGE</c>.</summary>
    internal static string FieldName(string instruction)
    {
        var cleaned = FormatSwitch().Replace(instruction, " ");
        cleaned = string.Join(' ', cleaned.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length == 0) return "{FIELD}";
        var space = cleaned.IndexOf(' ');
        var name = (space < 0 ? cleaned : cleaned[..space]).ToUpperInvariant();
        return "{" + name + (space < 0 ? "" : cleaned[space..]) + "}";
    }

    [GeneratedRegex(@"\\\*\s*(MERGEFORMAT|CHARFORMAT)", RegexOptions.IgnoreCase)]
    private static partial Regex FormatSwitch();

    private sealed class Group(RunFormat format)
    {
        public RunFormat Format { get; } = format;
        public StringBuilder Text { get; } = new();
    }

    /// <summary>Walks a paragraph's runs in reading order and merges adjacent text of equal formatting.</summary>
    private sealed class PieceCollector(StyleResolver styles, string? styleId, string? tableStyleId)
    {
        private readonly List<Group> _groups = [];
        private readonly StringBuilder _instruction = new();
        private int _fieldDepth;
        private bool _fieldEmitted;
        private RunFormat? _fieldFormat;

        public List<Group> Groups() => _groups;

        public void Walk(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        WalkRun(run);
                        break;
                    case SimpleField field:
                        var first = field.Descendants<Run>().FirstOrDefault();
                        Emit(Format(first?.RunProperties), FieldName(field.Instruction?.Value ?? ""));
                        break;
                    case Hyperlink or SdtRun or SdtContentRun or CustomXmlRun or InsertedRun or MoveToRun:
                        Walk(child);
                        break;
                    case DocumentFormat.OpenXml.Math.OfficeMath or DocumentFormat.OpenXml.Math.Paragraph:
                        Emit(Format(null), "{MATH}");
                        break;
                }
            }
        }

        private RunFormat Format(OpenXmlElement? runProperties) => styles.ResolveRun(runProperties, styleId, tableStyleId);

        private void WalkRun(Run run)
        {
            var format = Format(run.RunProperties);
            foreach (var child in run.ChildElements)
            {
                if (child is FieldChar fieldChar)
                {
                    OnFieldChar(fieldChar.FieldCharType?.InnerText, format);
                    continue;
                }
                if (_fieldDepth > 0)
                {
                    // Inside a field only the outermost instruction counts; its cached result is not shown.
                    if (child is FieldCode code && _fieldDepth == 1 && !_fieldEmitted) _instruction.Append(code.Text);
                    continue;
                }
                if (Piece(child) is { } text) Emit(format, text);
            }
        }

        private void OnFieldChar(string? kind, RunFormat format)
        {
            switch (kind)
            {
                case "begin":
                    if (++_fieldDepth == 1) { _instruction.Clear(); _fieldEmitted = false; _fieldFormat = format; }
                    break;
                case "separate":
                    if (_fieldDepth == 1) EmitField();
                    break;
                case "end":
                    if (_fieldDepth == 1) EmitField();
                    if (_fieldDepth > 0) _fieldDepth--;
                    break;
            }
        }

        private void EmitField()
        {
            if (_fieldEmitted) return;
            _fieldEmitted = true;
            Emit(_fieldFormat!, FieldName(_instruction.ToString()));
        }

        private static string? Piece(OpenXmlElement child) => child switch
        {
            Text text => VisibleControls(text.Text),
            TabChar => "{TAB}",
            PositionalTab => "{TAB}",
            Break { Type: { } type } => type.InnerText switch
            {
                "page" => "{PAGE BREAK}",
                "column" => "{COLUMN BREAK}",
                _ => "{BR}",
            },
            Break or CarriageReturn => "{BR}",
            NoBreakHyphen => "-",
            SymbolChar symbol => "{SYM " + symbol.Font?.Value + " " + symbol.Char?.Value + "}",
            Drawing drawing => Image(drawing),
            Picture => "{PICTURE}",
            FootnoteReference => "{FOOTNOTE}",
            EndnoteReference => "{ENDNOTE}",
            _ => null,
        };

        /// <summary>Control characters (a stray line feed in w:t, say) would break the one-line-per-paragraph layout; show their code instead.</summary>
        private static string VisibleControls(string text)
        {
            if (!text.Any(char.IsControl)) return text;
            var result = new StringBuilder(text.Length + 8);
            foreach (var c in text) result.Append(char.IsControl(c) ? $"{{U+{(int)c:X4}}}" : c.ToString());
            return result.ToString();
        }

        private static string Image(Drawing drawing)
        {
            var extent = drawing.Descendants<Wp.Extent>().FirstOrDefault();
            if (extent?.Cx?.Value is not { } cx || extent.Cy?.Value is not { } cy) return "{IMAGE}";
            return "{IMAGE " + Units.EmuToMm(cx) + "×" + Units.EmuToMm(cy) + "}";
        }

        private void Emit(RunFormat format, string text)
        {
            if (text.Length == 0) return;
            if (_groups.Count > 0 && _groups[^1].Format == format) _groups[^1].Text.Append(text);
            else
            {
                var group = new Group(format);
                group.Text.Append(text);
                _groups.Add(group);
            }
        }
    }
}
