using System.Globalization;
using System.Xml.Linq;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// A rule under text in the NĐ30 Word template (under the issuing body, the trích yếu, an appendix caption). The
/// markup writer draws it a third (under the issuing body 40 %) as long as the text's longest line; Word cannot measure text, so the template holds a few rules
/// of growing length and an <c>if</c>/<c>else if</c> chain on the model's estimate of the line (in em, e.g.
/// <c>plan.title.summary_width_em</c>) keeps the one for the line's width. Each rule is sized for the upper end of
/// its band (bands grow by 1.4×), so it is 1/3 to 0.47 of the line.
/// </summary>
internal sealed class RuleChoice
{
    private const double FirstBand = 8;
    private const double BandGrowth = 1.4;

    private readonly string _measure;
    private readonly double _points;
    private readonly int _textWidth;

    /// <param name="measure">The model's width of the text's longest line in em ("plan.title.summary_width_em").</param>
    /// <param name="points">The text's font size.</param>
    /// <param name="textWidth">The width the rule is centred in (between the margins, or the letterhead cell), in twips.</param>
    public RuleChoice(string measure, double points, int textWidth)
    {
        _measure = measure;
        _points = points;
        _textWidth = textWidth;
    }

    // Upper ends of the bands of line width, in em, one decimal, below the full text width; the last band
    // (the else) runs to the full width.
    private List<double> Bands()
    {
        var full = _textWidth / (_points * 20);
        var bands = new List<double>();
        for (var band = FirstBand; band < full; band = Math.Round(band * BandGrowth, 1))
        {
            bands.Add(band);
        }
        return bands;
    }

    /// <summary>The paragraphs that replace the writer's <paramref name="rule"/>: the chain of block tags and one rule per band.</summary>
    public IEnumerable<XElement> Paragraphs(XElement rule)
    {
        var bands = Bands();
        for (var i = 0; i < bands.Count; i++)
        {
            var test = string.Create(CultureInfo.InvariantCulture, $"{_measure} < {bands[i]}");
            yield return Nd30WordTemplate.TagParagraph(i == 0 ? $"{{{{ if {test} }}}}" : $"{{{{ else if {test} }}}}");
            yield return Sized(rule, (int)Math.Round(bands[i] * _points * 20));
        }
        yield return Nd30WordTemplate.TagParagraph("{{ else }}");
        yield return Sized(rule, _textWidth);
        yield return Nd30WordTemplate.TagParagraph("{{ end }}");
    }

    // A copy of the rule, a third as long as a line of lineTwips, centred by equal indents (as RuleLine draws it).
    private XElement Sized(XElement rule, int lineTwips)
    {
        var width = Math.Min(lineTwips, _textWidth) / 3;
        var side = ((_textWidth - width) / 2).ToString(CultureInfo.InvariantCulture);
        var copy = new XElement(rule);
        var indentation = copy.Descendants(WordNames.W + "ind").Single();
        indentation.SetAttributeValue(WordNames.W + "left", side);
        indentation.SetAttributeValue(WordNames.W + "right", side);
        return copy;
    }
}
