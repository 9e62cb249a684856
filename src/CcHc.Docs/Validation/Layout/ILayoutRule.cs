namespace CcHc.Docs.Validation.Layout;

/// <summary>One NĐ30 layout rule over a .docx; reports each fault once per document, at the first paragraph showing it.</summary>
internal interface ILayoutRule
{
    IEnumerable<Diagnostic> Check(LayoutDocument document);
}
