using CcHc.Docs.Docx;
using CcHc.Docs.Markup;
using CcHc.Docs.Markup.Tree;
using CcHc.Docs.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace CcHc.Docs.Tests.Docx;

/// <summary>The hand-written sample plan (Samples/ke-hoach-mau.xml), parsed and written once per profile.</summary>
internal static class SampleDocument
{
    public const string RelativePath = "Docx/Samples/ke-hoach-mau.xml";

    private static readonly Lazy<MarkupDocument> Tree = new(() =>
        MarkupParser.Parse(TestFiles.ReadText(RelativePath), "ke-hoach-mau.xml"));

    private static readonly Lazy<byte[]> Bytes14 = new(() => Write(FormattingProfile.Body14));

    private static readonly Lazy<byte[]> Bytes13 = new(() => Write(FormattingProfile.Body13));

    public static MarkupDocument Markup => Tree.Value;

    public static byte[] Docx(FormattingProfile profile) =>
        profile == FormattingProfile.Body13 ? Bytes13.Value : Bytes14.Value;

    public static byte[] Write(FormattingProfile profile) =>
        new DocxWriter(new DocxWriterOptions { Profile = profile }).WriteToArray(Markup);

    /// <summary>Opens the 14-pt (or given) sample read-only; dispose the result.</summary>
    public static WordprocessingDocument Open(FormattingProfile? profile = null) =>
        WordprocessingDocument.Open(new MemoryStream(Docx(profile ?? FormattingProfile.Body14)), false);
}
