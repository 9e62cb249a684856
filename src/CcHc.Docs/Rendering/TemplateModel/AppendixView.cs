using CcHc.Docs.Docx;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>An appendix with its computed label and caption: <c>plan.appendices[i]</c>.</summary>
public sealed class AppendixView
{
    internal AppendixView(Plan plan, int index)
    {
        var appendix = plan.Appendices[index];
        Number = index + 1;
        Label = PlanText.AppendixLabel(plan, index);
        Title = appendix.Title;
        Caption = PrintedSpaces.Keep(PlanText.AppendixCaption(plan, index));
        CaptionWidthEm = Math.Round(Caption.Split('\n').Select(line => TextWidthEstimator.Ems(line.Trim(), bold: false)).DefaultIfEmpty(0).Max(), 2);
        Landscape = appendix.Orientation == PageOrientation.Landscape;
        Tables = appendix.Tables.Select(t => new TableView(t)).ToArray();
    }

    /// <summary>1-based position.</summary>
    public int Number { get; }

    /// <summary>"Phụ lục I".</summary>
    public string Label { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>"(Kèm theo Kế hoạch số … ngày … của …)".</summary>
    public string Caption { get; }

    /// <summary>
    /// The estimated width of the caption's longest line in Times New Roman, in em (multiples of the font size): a
    /// Word template, which cannot measure text, chooses the rule under the caption by it.
    /// </summary>
    public double CaptionWidthEm { get; }

    /// <summary>True for a landscape section.</summary>
    public bool Landscape { get; }

    /// <summary>The appendix's tables.</summary>
    public TableView[] Tables { get; }
}
