using System.Text;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Markup;

/// <summary>
/// Builds normalised inline content, HTML style: every run of XML whitespace (space, tab, CR, LF)
/// becomes one space, even across &lt;b&gt;/&lt;i&gt;/&lt;u&gt; boundaries; whitespace at the start and end
/// of the block and next to &lt;br/&gt; disappears. Other spaces (U+00A0 no-break space) are kept.
/// Adjacent text with the same formatting is merged into one span. One collector serves every block
/// of a parse, one block at a time.
/// </summary>
internal sealed class InlineCollector
{
    private readonly List<MarkupInline> _inlines = [];
    private readonly StringBuilder _text = new();

    // Text that needs no whitespace change is kept as the reader's string instead of being copied.
    private string? _verbatim;
    private InlineFormat _textFormat;
    private bool _pendingSpace;
    private InlineFormat _pendingSpaceFormat;
    private bool _atLineStart = true;

    private bool HasText => _verbatim is not null || _text.Length > 0;

    public void AddText(string text, InlineFormat format)
    {
        if (!HasText && !_pendingSpace && IsVerbatim(text))
        {
            _verbatim = text;
            _textFormat = format;
            _atLineStart = false;
            return;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (IsXmlSpace(text[i]))
            {
                AddWhitespace(format);
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && !IsXmlSpace(text[end]))
            {
                end++;
            }

            if (_pendingSpace)
            {
                Append(" ", _pendingSpaceFormat);
                _pendingSpace = false;
            }

            Append(text.AsSpan(i, end - i), format);
            _atLineStart = false;
            i = end;
        }
    }

    /// <summary>Adds text that is only XML whitespace.</summary>
    public void AddWhitespace(InlineFormat format)
    {
        if (!_atLineStart && !_pendingSpace)
        {
            _pendingSpace = true;
            _pendingSpaceFormat = format;
        }
    }

    /// <summary>Adds a footnote reference: a space before it is kept, as before any other text.</summary>
    public void AddFootnote(Footnote footnote)
    {
        if (_pendingSpace)
        {
            Append(" ", _pendingSpaceFormat);
            _pendingSpace = false;
        }

        Flush();
        _inlines.Add(footnote);
        _atLineStart = false;
    }

    public void AddLineBreak()
    {
        _pendingSpace = false;
        Flush();
        _inlines.Add(LineBreak.Instance);
        _atLineStart = true;
    }

    /// <summary>The block's inline content; the collector is then ready for the next block.</summary>
    public MarkupInline[] Finish()
    {
        _pendingSpace = false;
        Flush();
        var result = _inlines.Count == 0 ? [] : _inlines.ToArray();
        _inlines.Clear();
        _atLineStart = true;
        return result;
    }

    /// <summary>Drops what was collected so far.</summary>
    public void Discard()
    {
        _inlines.Clear();
        _text.Clear();
        _verbatim = null;
        _pendingSpace = false;
        _atLineStart = true;
    }

    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>True when normalising would not change the text: no leading, trailing or repeated whitespace, no tab or newline.</summary>
    private static bool IsVerbatim(string text)
    {
        if (text.Length == 0 || IsXmlSpace(text[0]) || IsXmlSpace(text[^1]))
        {
            return false;
        }

        var span = text.AsSpan();
        return !span.ContainsAny('\t', '\r', '\n') && !span.Contains("  ", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when <paramref name="text"/> is certainly in NFC without asking ICU: every character is below
    /// U+0300 or in Latin Extended Additional (U+1E00–U+1EFF, the precomposed Vietnamese letters). Each of
    /// these is NFC and composes with no character before it, so any string of them is NFC. Combining marks
    /// (U+0300 and up) and everything else go through <see cref="string.Normalize(NormalizationForm)"/>.
    /// </summary>
    private static bool IsComposedLatin(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && (uint)(c - '\u1E00') > 0xFF)
            {
                return false;
            }
        }

        return true;
    }

    private void Append(ReadOnlySpan<char> text, InlineFormat format)
    {
        if (HasText && format != _textFormat)
        {
            Flush();
        }

        if (_verbatim is not null)
        {
            _text.Append(_verbatim);
            _verbatim = null;
        }

        _textFormat = format;
        _text.Append(text);
    }

    private void Flush()
    {
        if (!HasText)
        {
            return;
        }

        var text = _verbatim ?? _text.ToString();
        _verbatim = null;
        _text.Clear();
        if (!IsComposedLatin(text))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        _inlines.Add(new TextSpan(text, _textFormat.Bold, _textFormat.Italic, _textFormat.Underline));
    }
}
