using System.Xml;
using CcHc.Docs.Docx.Wordprocessing;
using CcHc.Docs.Markup.Tree;
using M = CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// The footnotes of one document: the body writer numbers each <see cref="M.Footnote"/> as it meets it (1, 2, 3 …
/// in document order, so the same document gives the same ids) and writes its reference; word/footnotes.xml then
/// holds the separator (id -1), the continuation separator (id 0) and every note.
/// </summary>
internal sealed class FootnoteCollector
{
    /// <summary>Word's ids for the two separator notes; settings.xml names them in w:footnotePr.</summary>
    public const int SeparatorId = -1;

    public const int ContinuationSeparatorId = 0;

    private readonly List<M.Footnote> _notes = [];

    /// <summary>True when the writer will meet a footnote: in a paragraph, heading, list item or table cell.</summary>
    public static bool Any(MarkupDocument document)
    {
        foreach (var section in document.Sections)
        {
            foreach (var block in section.Blocks)
            {
                if (HasFootnote(block))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Numbers <paramref name="note"/> and returns its id.</summary>
    public int Add(M.Footnote note)
    {
        _notes.Add(note);
        return _notes.Count;
    }

    /// <summary>The reference run in the body: the note's number in the footnote-reference style (superscript).</summary>
    public static Run Reference(int id) =>
        new(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReference { Id = id });

    /// <summary>The w:footnotes root of word/footnotes.xml.</summary>
    public void WritePart(XmlWriter xml)
    {
        var footnotes = new Footnotes(
            Separator(SeparatorId, FootnoteEndnoteValues.Separator, new SeparatorMark()),
            Separator(ContinuationSeparatorId, FootnoteEndnoteValues.ContinuationSeparator, new ContinuationSeparatorMark()));
        for (var i = 0; i < _notes.Count; i++)
        {
            footnotes.Append(Note(i + 1, _notes[i]));
        }

        footnotes.WriteTo(xml);
    }

    private static Wordprocessing.Footnote Separator(int id, FootnoteEndnoteValues type, WordElement mark) => new(
        new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new Run(mark)))
    {
        Id = id,
        Type = type,
    };

    /// <summary>One note: its number (w:footnoteRef, superscript), a space, then the text in the footnote-text style.</summary>
    private static Wordprocessing.Footnote Note(int id, M.Footnote note)
    {
        var paragraph = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.FootnoteText }),
            new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReferenceMark()),
            new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        ParagraphFactory.AppendInlines(paragraph, note.Inlines, upperCase: false);
        return new Wordprocessing.Footnote(paragraph) { Id = id };
    }

    private static bool HasFootnote(MarkupBlock block) => block switch
    {
        ParagraphBlock paragraph => HasFootnote(paragraph.Inlines),
        HeadingBlock heading => HasFootnote(heading.Inlines),
        ListItemBlock item => HasFootnote(item.Inlines),
        TableBlock table => table.Rows.Any(row => row.Cells.Any(cell => cell.Blocks.Any(HasFootnote))),
        _ => false,
    };

    private static bool HasFootnote(IReadOnlyList<MarkupInline> inlines)
    {
        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is M.Footnote)
            {
                return true;
            }
        }

        return false;
    }
}
