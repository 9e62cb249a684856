using CcHc.Docs.Docx.Wordprocessing;
using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// The NĐ30 first-page header as a borderless two-column table (spec/nd30.md section 3):
/// row 1 = parent and issuing body (left) | Quốc hiệu and Tiêu ngữ (right), each with its rule;
/// row 2 = "Số: …" | the italic place-and-date line, so the two share a baseline. The columns make room for a
/// long place-and-date line (<see cref="DateLineFit"/>).
/// </summary>
internal static class LetterheadRenderer
{
    /// <summary>The official right column (100 mm): the Quốc hiệu needs ≈96 mm at 13 pt bold.</summary>
    public const int RightColumn = 5670;

    /// <summary>The issuing-body rule is 40 % of its longest line (NĐ30: 1/3 to 1/2).</summary>
    public const double IssuingRuleShare = 0.4;

    public static Table Render(LetterheadBlock block, PageGeometry page, FormattingProfile profile)
    {
        // 3685 | 5670 for the 165 mm default text width; other margins change only the left column.
        var official = Math.Min(RightColumn, page.TextWidth * 2 / 3);
        var leftLines = ParagraphFactory.Lines(block.IssuingBody).Select(l => l.ToUpperInvariant())
            .Concat(ParagraphFactory.Lines(block.ParentBody).Select(l => l.ToUpperInvariant()));
        var dateLines = ParagraphFactory.Lines(block.PlaceAndDate);
        var fit = DateLineFit.For(dateLines.MaxBy(l => TextWidthEstimator.Twips(l, profile.Body, bold: false)) ?? "", leftLines, page.TextWidth, official, profile);
        var (left, right) = (fit.Left, fit.Right);
        var table = LayoutTable.Create([left, right]);

        var leftContent = new List<WordElement>();
        if (block.ParentBody.Count > 0)
        {
            leftContent.Add(ParagraphFactory.Create(StyleIds.ParentBody, block.ParentBody, upperCase: true));
        }

        leftContent.Add(ParagraphFactory.Create(StyleIds.IssuingBody, block.IssuingBody, upperCase: true));
        var issuingWidth = ParagraphFactory.Lines(block.IssuingBody)
            .Max(line => TextWidthEstimator.Twips(line.ToUpperInvariant(), profile.Agency, bold: true));
        leftContent.Add(RuleLine.Create(left, (int)(Math.Min(issuingWidth, left) * IssuingRuleShare)));

        var rightContent = new List<WordElement>
        {
            ParagraphFactory.Create(StyleIds.NationalName, block.NationalName, upperCase: true),
            ParagraphFactory.Create(StyleIds.Motto, block.Motto),
            RuleLine.Create(right, TextWidthEstimator.Twips(block.Motto, profile.Motto, bold: true)),
        };

        table.Append(LayoutTable.Row(true, LayoutTable.Cell(left, leftContent), LayoutTable.Cell(right, rightContent)));
        table.Append(LayoutTable.Row(
            true,
            LayoutTable.Cell(left, [ParagraphFactory.Create(StyleIds.Number, block.Number, prefix: "Số: ")]),
            LayoutTable.Cell(right, [ParagraphFactory.Create(StyleIds.PlaceDate, block.PlaceAndDate, extraRun: fit.RunProperties())])));
        return table;
    }
}
