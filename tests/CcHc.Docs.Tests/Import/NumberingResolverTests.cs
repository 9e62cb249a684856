using CcHc.Docs.Import.Source;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Tests.Import;

/// <summary>Word's automatic numbering to printed labels: formats, level text, start values and restarts.</summary>
public class NumberingResolverTests
{
    [Fact]
    public void Levels_print_their_format_and_a_deeper_level_restarts_when_a_higher_one_advances()
    {
        var resolver = Resolver(out _);
        Assert.Equal("I.", resolver.Next(1, 0));
        Assert.Equal("1.", resolver.Next(1, 1));
        Assert.Equal("2.", resolver.Next(1, 1));
        Assert.Equal("a)", resolver.Next(1, 2));
        Assert.Equal("b)", resolver.Next(1, 2));
        Assert.Equal("II.", resolver.Next(1, 0));
        Assert.Equal("1.", resolver.Next(1, 1));   // restarted under II.
        Assert.Equal("-", resolver.Next(1, 3));    // a bullet level prints as a dash
    }

    [Fact]
    public void A_start_override_and_a_second_instance_count_on_their_own()
    {
        var resolver = Resolver(out _);
        Assert.Equal("III.", resolver.Next(2, 0));  // numId 2 overrides level 0 to start at 3
        Assert.Equal("IV.", resolver.Next(2, 0));
        Assert.Equal("I.", resolver.Next(1, 0));    // numId 1 counts separately
        Assert.Null(resolver.Next(9, 0));           // no such list
    }

    private static NumberingResolver Resolver(out MemoryStream stream)
    {
        stream = new MemoryStream();
        using var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            new AbstractNum(
                Level(0, NumberFormatValues.UpperRoman, "%1."),
                Level(1, NumberFormatValues.Decimal, "%2."),
                Level(2, NumberFormatValues.LowerLetter, "%3)"),
                Level(3, NumberFormatValues.Bullet, "–"))
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
            new NumberingInstance(
                new AbstractNumId { Val = 0 },
                new LevelOverride(new StartOverrideNumberingValue { Val = 3 }) { LevelIndex = 0 })
            { NumberID = 2 });
        part.Numbering.Save();
        using var xml = part.GetStream(FileMode.Open, FileAccess.Read);
        return NumberingResolver.Read(xml);
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
