using CcHc.Docs.Docx.Wordprocessing;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// Nơi nhận beside the signature block in a borderless table with the Mẫu 1.4 grid 2994 | 6290
/// scaled to the text width (spec/nd30.md section 6). "Nơi nhận:" and the first authority line
/// share the top of the row; the signer's name sits ≈28 mm below the last position line, which
/// leaves room for the signature and seal.
/// </summary>
internal static class SigningRenderer
{
    /// <summary>Blank space for signature and seal (NĐ30 practice: 25–30 mm).</summary>
    public const double SignatureSpaceMm = 28;

    /// <summary>Space between the body and the signing block.</summary>
    public const int SpaceAbove = 240;

    public static IEnumerable<WordElement> Render(SigningBlock block, PageGeometry page)
    {
        var widths = LayoutTable.Scale(page.TextWidth, 2994, 6290);
        var table = LayoutTable.Create(widths);

        var left = new List<WordElement>();
        if (block.Recipients.Count > 0)
        {
            left.Add(WithSpacing(ParagraphFactory.Create(StyleIds.RecipientsHeading, block.RecipientsHeading), SpaceAbove));
            left.AddRange(block.Recipients.Select(r => ParagraphFactory.Create(StyleIds.Recipient, r, prefix: "- ")));
        }

        var right = new List<WordElement>();
        foreach (var line in block.AuthorityLines.Concat(block.PositionLines))
        {
            var paragraph = ParagraphFactory.Create(StyleIds.SignatureLine, line, upperCase: true);
            right.Add(right.Count == 0 ? WithSpacing(paragraph, SpaceAbove) : paragraph);
        }

        right.Add(WithSpacing(ParagraphFactory.Create(StyleIds.Signer, block.Signer), Units.MmToTwips(SignatureSpaceMm)));

        table.Append(LayoutTable.Row(true, LayoutTable.Cell(widths[0], left), LayoutTable.Cell(widths[1], right)));
        yield return table;
    }

    private static Paragraph WithSpacing(Paragraph paragraph, int before)
    {
        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines
        {
            Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return paragraph;
    }
}
