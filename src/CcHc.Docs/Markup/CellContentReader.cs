using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>
/// Reads the content of a &lt;cell&gt;: inline content (one plain paragraph), or, as soon as the cell has a
/// &lt;p&gt; or &lt;item&gt; child, only &lt;p&gt; and &lt;item&gt; blocks. The cell is read as inline content until
/// such a child appears; its errors are then those of block content.
/// </summary>
internal sealed class CellContentReader(MarkupReader reader, ElementRules rules, InlineReader inlines, DocumentReader blocks)
{
    public const string AllowedBlocks = "<p>, <item> or inline content (" + InlineReader.AllowedWithFootnotes + ")";

    public MarkupBlock[] Read(in ElementStart cell)
    {
        // The first child that block content would refuse, in case a <p> or <item> turns up later.
        var firstRefused = default(Refused);
        while (reader.NextChild(cell))
        {
            if (!reader.IsElement)
            {
                if (!firstRefused.Found && reader.IsStrayText)
                {
                    firstRefused = new Refused(true, reader.Value, reader.Line, reader.Column, default);
                }

                inlines.AddTextNode(default);
                continue;
            }

            var child = reader.Element();
            if (child.Is("p") || child.Is("item"))
            {
                inlines.Discard();
                Fail(firstRefused, cell);
                return ReadBlocks(cell, child);
            }

            if (!firstRefused.Found)
            {
                firstRefused = new Refused(false, null, 0, 0, child);
            }

            try
            {
                inlines.ReadElement(cell, child);
            }
            catch (MarkupException) when (!reader.SyntaxFailed)
            {
                inlines.Discard();
                if (SeekBlockChild(cell))
                {
                    Fail(firstRefused, cell);
                }

                throw;
            }
        }

        var content = inlines.Finish();
        return content.Length == 0 ? [] : [ParagraphBlock.Adopt(content, ParagraphRole.Plain)];
    }

    private MarkupBlock[] ReadBlocks(in ElementStart cell, ElementStart first)
    {
        var result = new List<MarkupBlock> { blocks.ReadCellBlock(first, cell) };
        while (reader.NextChild(cell))
        {
            if (reader.IsElement)
            {
                result.Add(blocks.ReadCellBlock(reader.Element(), cell));
            }
            else
            {
                rules.RejectText(cell);
            }
        }

        return result.ToArray();
    }

    /// <summary>Reads on to the cell's end; true on a &lt;p&gt; or &lt;item&gt; child, which makes the cell block content.</summary>
    private bool SeekBlockChild(in ElementStart cell)
    {
        while (reader.ReadWithin(cell))
        {
            if (reader.IsElement && reader.Depth == cell.Depth + 1 && reader.NamespaceUri.Length == 0
                && reader.LocalName is "p" or "item")
            {
                return true;
            }
        }

        return false;
    }

    private void Fail(in Refused refused, in ElementStart cell)
    {
        if (refused.IsText)
        {
            rules.FailStrayText(cell, refused.Text!, refused.Line, refused.Column);
        }

        if (refused.Element.Name is not null)
        {
            rules.Unexpected(refused.Element, cell, AllowedBlocks);
        }
    }

    private readonly record struct Refused(bool IsText, string? Text, int Line, int Column, ElementStart Element)
    {
        public bool Found => IsText || Element.Name is not null;
    }
}
