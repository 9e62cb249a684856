using System.Text;
using System.Xml;
using CcHc.Docs.Docx.Wordprocessing;

namespace CcHc.Docs.Tests.Docx;

/// <summary>
/// The writer's own WordprocessingML classes (Docx/Wordprocessing) write what the Open XML SDK wrote: children that
/// typed properties set land in the schema's order whatever order they are set in, attributes come in the schema's
/// order, and a copy does not share children. Expected XML is written by hand from the schema (ECMA-376 Part 1,
/// CT_PPrBase, CT_RPr, CT_Border, CT_Spacing).
/// </summary>
public sealed class WordprocessingElementTests
{
    [Fact]
    public void Run_properties_set_in_any_order_are_written_in_schema_order()
    {
        var properties = new RunProperties(new FontSize { Val = "26" });
        properties.Underline = new Underline { Val = UnderlineValues.Single };
        properties.Italic = new Italic();
        properties.Bold = new Bold();

        Assert.Equal("<w:rPr><w:b /><w:i /><w:sz w:val=\"26\" /><w:u w:val=\"single\" /></w:rPr>", Xml(properties));
    }

    [Fact]
    public void Setting_a_paragraph_property_again_replaces_it_in_place()
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = "Nd30Body" });
        properties.Justification = new Justification { Val = JustificationValues.Center };
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "120" };
        properties.KeepNext = new KeepNext();
        properties.SpacingBetweenLines = new SpacingBetweenLines { LineRule = LineSpacingRuleValues.Exact, Line = "60", After = "0" };

        Assert.Equal(
            "<w:pPr><w:pStyle w:val=\"Nd30Body\" /><w:keepNext /><w:spacing w:after=\"0\" w:line=\"60\" w:lineRule=\"exact\" />" +
            "<w:jc w:val=\"center\" /></w:pPr>",
            Xml(properties));
    }

    [Fact]
    public void Border_attributes_follow_the_schema_not_the_initialiser()
    {
        var border = new TopBorder { Space = 1, Size = 6, Color = "000000", Val = BorderValues.Single };

        Assert.Equal("<w:top w:val=\"single\" w:color=\"000000\" w:sz=\"6\" w:space=\"1\" />", Xml(border));
    }

    [Fact]
    public void Text_keeps_edge_spaces_only_when_asked_and_an_empty_text_is_an_empty_element()
    {
        Assert.Equal("<w:t xml:space=\"preserve\">Số: </w:t>", Xml(new Text("Số: ") { Space = SpaceProcessingModeValues.Preserve }));
        Assert.Equal("<w:t>a &lt; b &amp; c</w:t>", Xml(new Text("a < b & c")));
        Assert.Equal("<w:t />", Xml(new Text("")));
    }

    [Fact]
    public void A_deep_copy_does_not_share_children_with_its_original()
    {
        var original = new RunProperties(new FontSize { Val = "26" });
        var copy = (RunProperties)original.CloneNode(true);
        copy.Bold = new Bold();

        Assert.Equal("<w:rPr><w:sz w:val=\"26\" /></w:rPr>", Xml(original));
        Assert.Equal("<w:rPr><w:b /><w:sz w:val=\"26\" /></w:rPr>", Xml(copy));
    }

    private static string Xml(WordElement element)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            xml.WriteStartElement("w", "root", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
            element.WriteTo(xml);
            xml.WriteEndElement();
        }

        var text = builder.ToString();
        var start = text.IndexOf('>') + 1;
        return text[start..text.LastIndexOf("</w:root>", StringComparison.Ordinal)];
    }
}
