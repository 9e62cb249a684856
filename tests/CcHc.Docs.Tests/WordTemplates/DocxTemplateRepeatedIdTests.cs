using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CcHc.Docs.Tests.WordTemplates.WordFixture;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace CcHc.Docs.Tests.WordTemplates;

/// <summary>Ids Word wants unique (bookmarks, drawings, w14:paraId) stay unique when a block repeats what carries them.</summary>
public sealed class DocxTemplateRepeatedIdTests
{
    private static readonly Dictionary<string, object?> Model = new() { ["tasks"] = new[] { "Một", "Hai", "Ba" } };

    private static Paragraph Bookmarked(string text, string id, string name) =>
        P(new BookmarkStart { Id = id, Name = name }, R(text), new BookmarkEnd { Id = id });

    private static void AssertBookmarksPaired(Body body)
    {
        var starts = body.Descendants<BookmarkStart>().ToList();
        var ends = body.Descendants<BookmarkEnd>().ToList();
        Assert.Equal(starts.Count, starts.Select(s => s.Id!.Value).Distinct().Count());
        Assert.Equal(starts.Count, starts.Select(s => s.Name!.Value!.ToUpperInvariant()).Distinct().Count());
        Assert.All(starts, s => Assert.InRange(s.Name!.Value!.Length, 1, 40));
        Assert.Equal(starts.Select(s => s.Id!.Value).Order(), ends.Select(e => e.Id!.Value).Order());
    }

    [Fact]
    public void A_bookmark_in_a_paragraph_loop_gets_a_new_id_and_name_per_copy_and_its_end_follows()
    {
        var template = Create(Bookmarked("Trước", "0", "dau"), P("{{ for t in tasks }}"), Bookmarked("{{ t }}", "1", "nhiem_vu"), P("{{ end }}"), Bookmarked("Sau", "2", "cuoi"));

        var output = Render(template, Model);

        using var document = Open(output);
        var body = document.MainDocumentPart!.Document!.Body!;
        AssertBookmarksPaired(body);
        Assert.Equal(["dau", "nhiem_vu", "nhiem_vu_2", "nhiem_vu_3", "cuoi"], body.Descendants<BookmarkStart>().Select(s => s.Name!.Value));
        // Content that is not repeated keeps its ids; each copy's end closes that copy's start.
        Assert.Equal(["0", "1", "3", "4", "2"], body.Descendants<BookmarkStart>().Select(s => s.Id!.Value));
        foreach (var paragraph in body.Elements<Paragraph>())
        {
            Assert.Equal(paragraph.GetFirstChild<BookmarkStart>()!.Id!.Value, paragraph.GetFirstChild<BookmarkEnd>()!.Id!.Value);
        }
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void A_bookmark_in_a_row_loop_is_unique_per_row_and_a_long_name_stays_within_40_characters()
    {
        var name = new string('b', 40);
        var row = new TableRow(new TableCell(Bookmarked("{{ t }}", "7", name)));
        var table = Table(Row("Tên"), Row("{{ for t in tasks }}"), row, Row("{{ end }}"));

        var output = Render(Create(table, P("")), Model);

        using var document = Open(output);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Equal(4, body.Descendants<TableRow>().Count());
        AssertBookmarksPaired(body);
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void A_bookmark_opened_before_a_loop_and_closed_inside_it_keeps_one_end()
    {
        var template = Create(P(new BookmarkStart { Id = "3", Name = "vung" }, R("Đầu")), P("{{ for t in tasks }}"), P(R("{{ t }}"), new BookmarkEnd { Id = "3" }), P("{{ end }}"));

        var output = Render(template, Model);

        using var document = Open(output);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Single(body.Descendants<BookmarkStart>());
        Assert.Equal("3", Assert.Single(body.Descendants<BookmarkEnd>()).Id!.Value);
        Assert.Equal(["Đầu", "Một", "Hai", "Ba"], Lines(output));
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void Repeated_paragraph_ids_are_renumbered_without_meeting_an_id_written_later()
    {
        var repeated = P("{{ t }}");
        repeated.ParagraphId = "00000010";
        var after = P("Sau");
        after.ParagraphId = "00000011";
        var template = Create(P("{{ for t in tasks }}"), repeated, P("{{ end }}"), after);

        var output = Render(template, Model);

        using var document = Open(output);
        var ids = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.ParagraphId?.Value).ToList();
        Assert.Equal(["00000010", "00000012", "00000013", "00000011"], ids);
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void A_picture_in_a_loop_gets_a_new_drawing_id_per_copy()
    {
        byte[] template;
        using (var buffer = new MemoryStream())
        {
            using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
            {
                var main = document.AddMainDocumentPart();
                var image = main.AddImagePart(ImagePartType.Png);
                image.FeedData(new MemoryStream(Convert.FromBase64String(OnePixelPng)));
                main.Document = new Document(new Body(
                    P("{{ for t in tasks }}"),
                    P(R("{{ t }} "), new Run(Picture(main.GetIdOfPart(image), 1))),
                    P("{{ end }}"),
                    P(new Run(Picture(main.GetIdOfPart(image), 2))),
                    new SectionProperties()));
            }
            template = buffer.ToArray();
        }

        var output = Render(template, Model);

        using var rendered = Open(output);
        var ids = rendered.MainDocumentPart!.Document!.Body!.Descendants<Wp.DocProperties>().Select(d => d.Id!.Value).ToList();
        Assert.Equal([1u, 3u, 4u, 2u], ids);
        Assert.Empty(ValidationErrors(output));
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private static Drawing Picture(string relationshipId, uint id) => new(
        new Wp.Inline(
            new Wp.Extent { Cx = 360000, Cy = 360000 },
            new Wp.DocProperties { Id = id, Name = "Hình " + id },
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0, Name = "logo.png" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 360000, Cy = 360000 }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
}
