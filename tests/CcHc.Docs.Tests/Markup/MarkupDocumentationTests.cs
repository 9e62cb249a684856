using System.Text.RegularExpressions;
using CcHc.Docs.Docx;
using CcHc.Docs.Markup;
using CcHc.Docs.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CcHc.Docs.Tests.Markup;

/// <summary>Every complete example in docs/markup.md parses and writes a valid .docx.</summary>
public class MarkupDocumentationTests
{
    [Fact]
    public void Complete_examples_in_the_markup_documentation_parse_and_validate()
    {
        var doc = File.ReadAllText(TestFiles.PathOf("../../docs/markup.md"));
        var examples = Regex.Matches(doc, "```xml\n(<document>.*?</document>)\n```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var bytes = new DocxWriter().WriteToArray(MarkupParser.Parse(example, "markup.md"));
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }
    }
}
