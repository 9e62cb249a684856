namespace CcHc.Docs.Import.Source;

/// <summary>The blocks of a document in reading order, and the orientation of each document section.</summary>
internal sealed record SourceDocument(IReadOnlyList<SourceBlock> Blocks, IReadOnlyList<bool> LandscapeSections)
{
    public bool IsLandscape(int section) => section < LandscapeSections.Count && LandscapeSections[section];
}
