using Scriban;

namespace CcHc.Docs.WordTemplates;

/// <summary>A part of the template (document, header1 …) as a parsed Scriban template, with the map back to its tags.</summary>
internal sealed class CompiledPart
{
    private readonly (int Start, int End, TemplateTag Tag)[] _spans;

    public CompiledPart(string entryName, string displayName, Template template, (int Start, int End, TemplateTag Tag)[] spans, bool needsRepair, bool needsRenumbering)
    {
        EntryName = entryName;
        DisplayName = displayName;
        Template = template;
        _spans = spans;
        NeedsRepair = needsRepair;
        NeedsRenumbering = needsRenumbering;
    }

    /// <summary>The zip entry ("word/document.xml").</summary>
    public string EntryName { get; }

    /// <summary>The name errors use ("document", "header1").</summary>
    public string DisplayName { get; }

    public Template Template { get; }

    /// <summary>
    /// Paragraph blocks sit inside table cells or end the body, so a render may leave a cell without its paragraph
    /// or an empty last section: the output goes through <see cref="OutputRepair"/>.
    /// </summary>
    public bool NeedsRepair { get; }

    /// <summary>
    /// Blocks may repeat bookmarks, drawings or paragraphs with ids that must stay unique: the output goes through
    /// <see cref="RepeatedIds"/>.
    /// </summary>
    public bool NeedsRenumbering { get; }

    /// <summary>The tag whose Scriban code covers <paramref name="offset"/> in the template text, with the offset inside the tag; null if none.</summary>
    public (TemplateTag Tag, int Offset)? TagAt(int offset)
    {
        int low = 0, high = _spans.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (start, end, tag) = _spans[middle];
            if (offset < start)
            {
                high = middle - 1;
            }
            else if (offset >= end)
            {
                low = middle + 1;
            }
            else
            {
                return (tag, offset - start);
            }
        }
        return null;
    }

    /// <summary>The last tag that starts before <paramref name="offset"/>, for errors Scriban places after a tag; null if none.</summary>
    public TemplateTag? TagBefore(int offset)
    {
        TemplateTag? found = null;
        foreach (var (start, _, tag) in _spans)
        {
            if (start > offset)
            {
                break;
            }
            found = tag;
        }
        return found;
    }
}
