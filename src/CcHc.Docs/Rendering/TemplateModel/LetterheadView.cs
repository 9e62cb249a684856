using CcHc.Docs.Docx;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>The letterhead as a template prints it: <c>plan.letterhead</c>.</summary>
public sealed class LetterheadView
{
    internal LetterheadView(Letterhead letterhead)
    {
        ParentBody = letterhead.ParentBody;
        Issuer = letterhead.Issuer;
        IssuerLines = PlanText.IssuerLines(letterhead).ToArray();
        IssuerWidthEm = Math.Round(IssuerLines.Select(line => TextWidthEstimator.Ems(line.ToUpperInvariant(), bold: true)).DefaultIfEmpty(0).Max(), 2);
        NumberLine = PrintedSpaces.Keep(PlanText.NumberLine(letterhead));
        Reference = PrintedSpaces.Keep(PlanText.Reference(letterhead));
        DateLine = PrintedSpaces.Keep(PlanText.DateLine(letterhead));
        Place = letterhead.Place;
        IsDraft = letterhead.IsDraft;
    }

    /// <summary>Cơ quan chủ quản, or null.</summary>
    public string? ParentBody { get; }

    /// <summary>The issuing body as named in running text.</summary>
    public string Issuer { get; }

    /// <summary>The issuing body's lines, in capitals.</summary>
    public string[] IssuerLines { get; }

    /// <summary>
    /// The estimated width of the longest issuer line in bold capitals, in em (multiples of the font size): a Word
    /// template, which cannot measure text, chooses the rule under the issuing body by it.
    /// </summary>
    public double IssuerWidthEm { get; }

    /// <summary>"Số: 78/KH-UBND".</summary>
    public string NumberLine { get; }

    /// <summary>"78/KH-UBND".</summary>
    public string Reference { get; }

    /// <summary>"Vĩnh Phong, ngày 20 tháng 3 năm 2026".</summary>
    public string DateLine { get; }

    /// <summary>Địa danh.</summary>
    public string Place { get; }

    /// <summary>True when number or date is still blank.</summary>
    public bool IsDraft { get; }
}
