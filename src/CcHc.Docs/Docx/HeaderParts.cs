using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Docx;

/// <summary>
/// The two header parts every section points at: an empty one (first pages, and sections without
/// numbers) and one with a centred PAGE field at the profile's page-number size (NĐ30 section 2).
/// Relationship ids are fixed so the output is deterministic.
/// </summary>
internal sealed class HeaderParts
{
    public const string PageNumberId = "rIdHeaderPageNumber";
    public const string EmptyId = "rIdHeaderEmpty";

    public static void Add(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>(PageNumberId);
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Header }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));

        var empty = main.AddNewPart<HeaderPart>(EmptyId);
        empty.Header = new Header(ParagraphFactory.Empty(StyleIds.Header));
    }
}
