using CcHc.Docs.IO;

namespace CcHc.Docs.Tests.IO;

/// <summary>Relationship targets resolve to zip entry names the way OPC part names do.</summary>
public sealed class PackagePartNameTests
{
    [Theory]
    [InlineData("word/", "styles.xml", "word/styles.xml")]
    [InlineData("word/", "./media/../header1.xml", "word/header1.xml")]
    [InlineData("word/", "../customXml/item1.xml", "customXml/item1.xml")]
    [InlineData("word/", "/word/footnotes.xml", "word/footnotes.xml")]
    [InlineData("", "word/document.xml", "word/document.xml")]
    [InlineData("", "../../word/document.xml", "word/document.xml")]
    public void A_target_resolves_against_its_source_folder(string folder, string target, string entry) =>
        Assert.Equal(entry, PackagePartName.Resolve(folder, target));
}
