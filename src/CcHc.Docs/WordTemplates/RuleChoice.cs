using System.Globalization;
using System.Xml.Linq;

namespace CcHc.Docs.WordTemplates;

/// <summary>
/// The rule under the trích yếu in the NĐ30 Word template. The markup writer draws it a third as long as the
/// trích yếu's longest line; Word cannot measure text, so the template holds a few rules of growing length and an
/// <c>if</c>/<c>else if</c> chain on <c>plan.title.summary_width_em</c> keeps the one for the line's width. Each
/// rule is sized for the upper end of its band (bands grow by 1.4×), so it is 1/3 to 0.47 of the line.
/// </summary>
internal sealed class RuleChoice
{
    // Upper ends of the bands of line width, in em; the last band runs to the full text width.
    private static readonly double[] Bands = [8, 11.2, 15.7, 22, 30.7];

    private readonly double _points;
    private readonly int _textWidth;

    /// <param name="points">The trích yếu's font size.</param>
    /// <param name="textWidth">The width between the margins, in twips.</param>
    public RuleChoice(double points, int textWidth)
    {
        _points = points;
        _textWidth = textWidth;
    }

    /// <summary>The paragraphs that replace the writer's <paramref name="rule"/>: the chain of block tags and one rule per band.</summary>
    public IEnumerable<XElement> Paragraphs(XElement rule)
    {
        for (var i = 0; i < Bands.Length; i++)
        {
            var test = string.Create(CultureInfo.InvariantCulture, $"plan.title.summary_width_em < {Bands[i]}");
            yield return Nd30WordTemplate.TagParagraph(i == 0 ? $"{{{{ if {test} }}}}" : $"{{{{ else if {test} }}}}");
            yield return Sized(rule, (int)Math.Round(Bands[i] * _points * 20));
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
