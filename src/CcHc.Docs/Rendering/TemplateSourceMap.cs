using Scriban.Parsing;

namespace CcHc.Docs.Rendering;

/// <summary>
/// Which template span produced each stretch of a render's output, so a markup error found after rendering can
/// name the template line that wrote it — also when the text came through <c>include</c> or <c>capture</c>.
/// </summary>
internal sealed class TemplateSourceMap
{
    private readonly List<Entry> _entries = [];

    /// <summary>Output from <paramref name="offset"/> on was written by <paramref name="span"/>; raw text maps line by line.</summary>
    public void Add(int offset, SourceSpan span, bool rawText) => _entries.Add(new Entry(offset, span, rawText));

    /// <summary>Adds the entries of text that was produced elsewhere and is now written at <paramref name="offset"/>.</summary>
    public void Append(int offset, TemplateSourceMap nested)
    {
        foreach (var entry in nested._entries)
        {
            _entries.Add(entry with { Offset = entry.Offset + offset });
        }
    }

    /// <summary>The template location ("name(line,col)") of output offset <paramref name="offset"/> in <paramref name="output"/>.</summary>
    public string? Locate(string output, int offset)
    {
        Entry? found = null;
        foreach (var entry in _entries)
        {
            if (entry.Offset > offset)
            {
                break;
            }
            found = entry;
        }
        if (found is not { } hit)
        {
            return null;
        }
        var line = hit.Span.Start.Line + 1;
        var column = hit.Span.Start.Column + 1;
        if (hit.RawText)
        {
            // Raw template text is copied as is: count the lines between the start of the stretch and the offset.
            var newlines = output.AsSpan(hit.Offset, offset - hit.Offset).Count('\n');
            if (newlines > 0)
            {
                line += newlines;
                column = offset - output.LastIndexOf('\n', offset - 1);
            }
            else
            {
                column += offset - hit.Offset;
            }
        }
        return $"{hit.Span.FileName}({line},{column})";
    }

    private readonly record struct Entry(int Offset, SourceSpan Span, bool RawText);
}
