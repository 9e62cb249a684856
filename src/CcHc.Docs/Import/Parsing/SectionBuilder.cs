using CcHc.Docs.Plans;

namespace CcHc.Docs.Import.Parsing;

/// <summary>A section being read: mutable until the body ends, then turned into a <see cref="Section"/>.</summary>
internal sealed class SectionBuilder(string path, int level)
{
    public string Path { get; } = path;

    public int Level { get; } = level;

    public SectionKind Kind { get; set; } = SectionKind.Custom;

    public string? Title { get; set; }

    public string? Unit { get; set; }

    public string? Text { get; set; }

    public List<Target> Targets { get; } = [];

    public AppendixReference? SeeAppendix { get; set; }

    /// <summary>Blocks in order; a nested section is a <see cref="SectionBuilder"/>.</summary>
    public List<object> Content { get; } = [];

    /// <summary>True when the section printed as a heading (no text of its own), so a following paragraph is content, not continuation.</summary>
    public bool IsHeading => Text is null;

    public string ChildPath(string kind) => $"{Path}.content[{Content.Count}].{kind}";

    public Section Build(Func<AppendixReference, AppendixReference> resolve) => new()
    {
        Kind = Kind,
        Title = Title,
        Unit = Unit,
        Text = Text,
        Targets = [.. Targets],
        SeeAppendix = SeeAppendix is null ? null : resolve(SeeAppendix),
        Content = [.. Content.Select(c => c switch
        {
            SectionBuilder s => new SubsectionBlock(s.Build(resolve)),
            Block b => b,
            _ => throw new InvalidOperationException("Unknown content."),
        })],
    };
}
