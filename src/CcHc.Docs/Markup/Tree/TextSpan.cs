namespace CcHc.Docs.Markup.Tree;

/// <summary>A piece of text printed with one combination of bold, italic and underline.</summary>
public sealed class TextSpan : MarkupInline
{
    /// <summary>Creates a text span.</summary>
    public TextSpan(string text, bool bold = false, bool italic = false, bool underline = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Bold = bold;
        Italic = italic;
        Underline = underline;
    }

    /// <summary>The text, verbatim (no markup, not escaped).</summary>
    public string Text { get; }

    /// <summary>True inside <c>&lt;b&gt;</c>.</summary>
    public bool Bold { get; }

    /// <summary>True inside <c>&lt;i&gt;</c>.</summary>
    public bool Italic { get; }

    /// <summary>True inside <c>&lt;u&gt;</c>.</summary>
    public bool Underline { get; }
}
