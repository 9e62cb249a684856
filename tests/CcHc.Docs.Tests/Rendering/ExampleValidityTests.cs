using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>Every example plan renders, in both profiles, to a package the Open XML SDK validator accepts without a single error.</summary>
public class ExampleValidityTests
{
    [Theory]
    [MemberData(nameof(ExamplePlans.WithProfiles), MemberType = typeof(ExamplePlans))]
    public void Example_renders_to_a_valid_docx(string name, string size)
    {
        using var document = ExamplePlans.Open(name, size);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        Assert.NotEmpty(DocxText.Lines(document));
    }
}
