namespace CcHc.Docs.Markup.Tree;

/// <summary>
/// Base of every block-level node (paragraphs, headings, tables, NĐ30 blocks). The set of block
/// kinds is closed: the writer handles each concrete type.
/// </summary>
public abstract class MarkupBlock
{
    private protected MarkupBlock()
    {
    }
}
