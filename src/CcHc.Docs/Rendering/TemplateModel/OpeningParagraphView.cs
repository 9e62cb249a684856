using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>
/// One printed paragraph of the opening (<c>plan.opening</c>): căn cứ lines, the "Thực hiện" sentence and the
/// preamble, grouped as the plan sets them (<c>join_next</c>). <c>role</c> is "basis" when it starts with a căn cứ,
/// else "preamble" — the paragraph role to print it with.
/// </summary>
public sealed class OpeningParagraphView
{
    internal OpeningParagraphView(OpeningParagraph paragraph)
    {
        Role = paragraph.IsBasis ? "basis" : "preamble";
        Text = paragraph.Text;
    }

    /// <summary>"basis" or "preamble".</summary>
    public string Role { get; }

    /// <summary>The paragraph's text, punctuated.</summary>
    public string Text { get; }
}
