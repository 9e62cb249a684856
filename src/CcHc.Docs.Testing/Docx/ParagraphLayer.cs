using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// Paragraph properties as set at one level of the style hierarchy (<c>null</c> = inherit), combined
/// level by level with <see cref="Overlay"/>. After resolution, <see cref="Tokens"/> lists what differs
/// from Word's defaults.
/// </summary>
internal sealed class ParagraphLayer
{
    private static readonly string[] BorderSides = ["top", "bottom", "left", "right", "between"];

    public string? Alignment { get; set; }
    public double? Left { get; set; }
    public double? Right { get; set; }
    /// <summary>First-line indent in twips: positive for a first-line indent, negative for a hanging one.</summary>
    public double? FirstLine { get; set; }
    public double? Before { get; set; }
    public double? After { get; set; }
    public double? Line { get; set; }
    public string? LineRule { get; set; }
    public bool? KeepNext { get; set; }
    public bool? KeepLines { get; set; }
    public bool? PageBreakBefore { get; set; }
    public bool? ContextualSpacing { get; set; }
    public int? OutlineLevel { get; set; }
    public string? Shading { get; set; }
    public int? NumberingId { get; set; }
    public int? NumberingLevel { get; set; }
    public Dictionary<string, string> Borders { get; private set; } = new(StringComparer.Ordinal);
    /// <summary>Tab stops by position in twips; a null value is a stop cleared at this level.</summary>
    public SortedDictionary<int, string?> Tabs { get; private set; } = new();

    /// <summary>Reads the children of any paragraph-properties-like element (pPr, style pPr, pPrDefault, numbering level pPr).</summary>
    public void Apply(OpenXmlElement? properties)
    {
        if (properties is null) return;
        if (properties.GetFirstChild<Justification>() is { Val: not null } justification)
            Alignment = justification.Val.InnerText;
        if (properties.GetFirstChild<Indentation>() is { } indentation) ApplyIndentation(indentation);
        if (properties.GetFirstChild<SpacingBetweenLines>() is { } spacing)
        {
            Before = Units.Parse(spacing.Before?.Value) ?? Before;
            After = Units.Parse(spacing.After?.Value) ?? After;
            if (Units.Parse(spacing.Line?.Value) is { } line)
            {
                Line = line;
                LineRule = spacing.LineRule?.InnerText ?? "auto";
            }
        }
        KeepNext = OnOff(properties.GetFirstChild<KeepNext>()) ?? KeepNext;
        KeepLines = OnOff(properties.GetFirstChild<KeepLines>()) ?? KeepLines;
        PageBreakBefore = OnOff(properties.GetFirstChild<PageBreakBefore>()) ?? PageBreakBefore;
        ContextualSpacing = OnOff(properties.GetFirstChild<ContextualSpacing>()) ?? ContextualSpacing;
        if (properties.GetFirstChild<OutlineLevel>() is { Val.Value: var outline }) OutlineLevel = outline;
        if (properties.GetFirstChild<Shading>() is { } shading) Shading = shading.Fill?.Value?.ToUpperInvariant();
        if (properties.GetFirstChild<NumberingProperties>() is { } numbering)
        {
            if (numbering.NumberingId?.Val?.Value is { } id) NumberingId = id;
            if (numbering.NumberingLevelReference?.Val?.Value is { } level) NumberingLevel = level;
        }
        if (properties.GetFirstChild<ParagraphBorders>() is { } borders) ApplyBorders(borders);
        if (properties.GetFirstChild<Tabs>() is { } tabs) ApplyTabs(tabs);
    }

    /// <summary>Values set in <paramref name="top"/> replace this layer's; borders and tab stops combine per side and per position.</summary>
    public void Overlay(ParagraphLayer top)
    {
        Alignment = top.Alignment ?? Alignment;
        Left = top.Left ?? Left;
        Right = top.Right ?? Right;
        FirstLine = top.FirstLine ?? FirstLine;
        Before = top.Before ?? Before;
        After = top.After ?? After;
        if (top.Line is not null) (Line, LineRule) = (top.Line, top.LineRule);
        KeepNext = top.KeepNext ?? KeepNext;
        KeepLines = top.KeepLines ?? KeepLines;
        PageBreakBefore = top.PageBreakBefore ?? PageBreakBefore;
        ContextualSpacing = top.ContextualSpacing ?? ContextualSpacing;
        OutlineLevel = top.OutlineLevel ?? OutlineLevel;
        Shading = top.Shading ?? Shading;
        NumberingId = top.NumberingId ?? NumberingId;
        NumberingLevel = top.NumberingLevel ?? NumberingLevel;
        foreach (var (side, border) in top.Borders) Borders[side] = border;
        foreach (var (position, tab) in top.Tabs) Tabs[position] = tab;
    }

    /// <summary>A deep copy, so a cached style layer is never changed by a caller.</summary>
    public ParagraphLayer Clone()
    {
        var copy = (ParagraphLayer)MemberwiseClone();
        copy.Borders = new Dictionary<string, string>(Borders, StringComparer.Ordinal);
        copy.Tabs = new SortedDictionary<int, string?>(Tabs);
        return copy;
    }

    /// <summary>Tokens for everything that differs from Word's defaults (left aligned, no indents, no spacing, single line).</summary>
    public IEnumerable<string> Tokens()
    {
        var alignment = Alignment switch { "both" => "justify", "start" => "left", "end" => "right", var other => other };
        if (alignment is not null and not "left") yield return alignment;
        if (Left is { } left && left != 0) yield return "left=" + Units.TwipsToMm(left);
        if (Right is { } right && right != 0) yield return "right=" + Units.TwipsToMm(right);
        if (FirstLine is > 0) yield return "first=" + Units.TwipsToMm(FirstLine.Value);
        if (FirstLine is < 0) yield return "hanging=" + Units.TwipsToMm(-FirstLine.Value);
        if (Before is { } before && before != 0) yield return "before=" + Units.TwipsToPt(before);
        if (After is { } after && after != 0) yield return "after=" + Units.TwipsToPt(after);
        if (LineToken() is { } lineToken) yield return lineToken;
        if (KeepNext == true) yield return "keep-next";
        if (KeepLines == true) yield return "keep-lines";
        if (PageBreakBefore == true) yield return "page-break-before";
        if (ContextualSpacing == true) yield return "contextual-spacing";
        if (OutlineLevel is >= 0 and < 9) yield return "outline=" + (OutlineLevel.Value + 1);
        if (Shading is not null and not "AUTO" and not "FFFFFF") yield return "shade=#" + Shading;
        foreach (var side in BorderSides)
            if (Borders.TryGetValue(side, out var border) && border != "none") yield return "border-" + side + "=" + border;
        var stops = Tabs.Where(tab => tab.Value is not null).Select(tab => tab.Value + "@" + Units.TwipsToMm(tab.Key)).ToList();
        if (stops.Count > 0) yield return "tabs=" + string.Join(",", stops);
    }

    private string? LineToken()
    {
        if (Line is not { } line) return null;
        return LineRule switch
        {
            "exact" => "line=exact:" + Units.TwipsToPt(line),
            "atLeast" => "line=atleast:" + Units.TwipsToPt(line),
            _ => line == 240 ? null : "line=" + Units.Number(line / 240),
        };
    }

    private void ApplyIndentation(Indentation indentation)
    {
        Left = Units.Parse(indentation.Left?.Value ?? indentation.Start?.Value) ?? Left;
        Right = Units.Parse(indentation.Right?.Value ?? indentation.End?.Value) ?? Right;
        if (Units.Parse(indentation.Hanging?.Value) is { } hanging) FirstLine = -hanging;
        else if (Units.Parse(indentation.FirstLine?.Value) is { } first) FirstLine = first;
    }

    private void ApplyBorders(ParagraphBorders borders)
    {
        foreach (var border in borders.ChildElements.OfType<BorderType>())
        {
            var side = border switch
            {
                TopBorder => "top",
                BottomBorder => "bottom",
                LeftBorder => "left",
                RightBorder => "right",
                BetweenBorder => "between",
                _ => null,
            };
            if (side is not null) Borders[side] = BorderDescription.Of(border, withSize: true);
        }
    }

    private void ApplyTabs(Tabs tabs)
    {
        foreach (var tab in tabs.Elements<TabStop>())
        {
            if (Units.Parse(tab.Position?.InnerText) is not { } position) continue;
            var kind = tab.Val?.InnerText ?? "left";
            Tabs[(int)position] = kind == "clear" ? null : kind + (tab.Leader?.InnerText is { } leader and not "none" ? ":" + leader : "");
        }
    }

    private static bool? OnOff(OnOffType? element) =>
        element is null ? null : element.Val is null || element.Val.Value;
}
