using CcHc.Docs.Docx.Wordprocessing;

namespace CcHc.Docs.Docx;

/// <summary>
/// The two header parts every section points at: an empty one (first pages, and sections without
/// numbers) and one with a centred PAGE field at the profile's page-number size (NĐ30 section 2).
/// Relationship ids are fixed so the output is deterministic.
/// </summary>
internal static class HeaderParts
{
    public const string PageNumberId = "rIdHeaderPageNumber";
    public const string EmptyId = "rIdHeaderEmpty";

    /// <summary>The header with the page number: a PAGE field in the header style.</summary>
    public static Header PageNumber() =>
        new(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Header }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));

    /// <summary>The empty header: one empty paragraph in the header style.</summary>
    public static Header Empty() => new(ParagraphFactory.Empty(StyleIds.Header));
}
