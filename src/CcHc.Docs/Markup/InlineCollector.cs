using System.Text;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>
/// Builds normalised inline content, HTML style: every run of XML whitespace (space, tab, CR, LF)
/// becomes one space, even across &lt;b&gt;/&lt;i&gt;/&lt;u&gt; boundaries; whitespace at the start and end
/// of the block and next to &lt;br/&gt; disappears. Other spaces (U+00A0 no-break space) are kept.
/// Adjacent text with the same formatting is merged into one span.
/// </summary>
internal sealed class InlineCollector
{
    private readonly List<MarkupInline> _inlines = [];
    private readonly StringBuilder _text = new();
    private InlineFormat _textFormat;
    private bool _pendingSpace;
    private InlineFormat _pendingSpaceFormat;
    private bool _atLineStart = true;

    public void AddText(string text, InlineFormat format)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                if (!_atLineStart && !_pendingSpace)
                {
                    _pendingSpace = true;
                    _pendingSpaceFormat = format;
                }

                continue;
            }

            if (_pendingSpace)
            {
                Append(' ', _pendingSpaceFormat);
                _pendingSpace = false;
            }

            Append(c, format);
            _atLineStart = false;
        }
    }

    public void AddLineBreak()
    {
        _pendingSpace = false;
        Flush();
        _inlines.Add(LineBreak.Instance);
        _atLineStart = true;
    }

    public IReadOnlyList<MarkupInline> Finish()
    {
        _pendingSpace = false;
        Flush();
        return _inlines.ToArray();
    }

    private void Append(char c, InlineFormat format)
    {
        if (_text.Length > 0 && format != _textFormat)
        {
            Flush();
        }

        _textFormat = format;
        _text.Append(c);
    }

    private void Flush()
    {
        if (_text.Length == 0)
        {
            return;
        }

        var text = _text.ToString().Normalize(NormalizationForm.FormC);
        _inlines.Add(new TextSpan(text, _textFormat.Bold, _textFormat.Italic, _textFormat.Underline));
        _text.Clear();
    }
}

/// <summary>The formatting in effect at a point of inline content.</summary>
internal readonly record struct InlineFormat(bool Bold, bool Italic, bool Underline);
