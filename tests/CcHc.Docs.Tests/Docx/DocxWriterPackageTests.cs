using System.IO.Compression;
using CcHc.Docs.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using M = CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Tests.Docx;

public class DocxWriterPackageTests
{
    public static TheoryData<string> Profiles => new() { "14", "13" };

    private static FormattingProfile Profile(string name) => name == "13" ? FormattingProfile.Body13 : FormattingProfile.Body14;

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Sample_passes_the_OpenXml_validator_with_zero_errors(string profile)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(SampleDocument.Docx(Profile(profile))), false);
        var errors = new OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Writing_the_same_tree_twice_gives_identical_bytes(string profile)
    {
        var first = SampleDocument.Write(Profile(profile));
        Thread.Sleep(2100); // zip timestamps have 2-second resolution: a clock-stamped entry would now differ
        var second = SampleDocument.Write(Profile(profile));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Zip_entries_carry_a_fixed_timestamp_and_no_core_properties_with_dates()
    {
        using var zip = new ZipArchive(new MemoryStream(SampleDocument.Docx(FormattingProfile.Body14)), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("core.xml", StringComparison.Ordinal));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("word/document.xml", names);
        Assert.Contains("word/styles.xml", names);
    }

    [Fact]
    public void No_rsids_or_random_ids_in_the_main_part()
    {
        using var document = SampleDocument.Open();
        var xml = document.MainDocumentPart!.Document!.OuterXml;
        Assert.DoesNotContain("w:rsid", xml, StringComparison.Ordinal);
        var relationshipIds = document.MainDocumentPart.Parts.Select(p => p.RelationshipId).Order().ToList();
        Assert.Equal(["rIdHeaderEmpty", "rIdHeaderPageNumber", "rIdSettings", "rIdStyles"], relationshipIds);
    }

    [Theory]
    [InlineData(19.9, 20, 30, 15)]
    [InlineData(20, 26, 30, 15)]
    [InlineData(20, 20, 29, 15)]
    [InlineData(20, 20, 30, 21)]
    public void Margins_outside_the_ND30_ranges_are_rejected(double top, double bottom, double left, double right)
    {
        var options = new DocxWriterOptions { TopMarginMm = top, BottomMarginMm = bottom, LeftMarginMm = left, RightMarginMm = right };
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxWriter(options));
    }

    [Fact]
    public void Margins_inside_the_ranges_change_page_margins_and_letterhead_width()
    {
        var options = new DocxWriterOptions { TopMarginMm = 25, BottomMarginMm = 25, LeftMarginMm = 35, RightMarginMm = 20 };
        var bytes = new DocxWriter(options).WriteToArray(SampleDocument.Markup);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var margin = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageMargin>()!;
        Assert.Equal(1417, margin.Top!.Value);
        Assert.Equal(1984u, margin.Left!.Value);
        Assert.Equal(1134u, margin.Right!.Value);
        var grid = body.Elements<Table>().First().GetFirstChild<TableGrid>()!.Elements<GridColumn>()
            .Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(11906 - 1984 - 1134, grid.Sum());
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void Nothing_is_written_to_the_stream_when_the_tree_is_inconsistent()
    {
        // A hand-built table whose row does not fill the columns: the writer must fail before writing.
        var table = new M.TableBlock(
            [new M.TableColumn(M.ColumnWidth.Relative(1)), new M.TableColumn(M.ColumnWidth.Relative(1))],
            [new M.TableRow([new M.TableCell([])])]);
        var tree = new M.MarkupDocument([new M.MarkupSection([table])]);
        using var output = new MemoryStream();
        Assert.Throws<ArgumentException>(() => new DocxWriter().Write(tree, output));
        Assert.Equal(0, output.Length);
    }
}
