using CcHc.Docs.Markup;
using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>Bad markup written by an overriding partial is reported at the partial's own line, not at its include.</summary>
public sealed class PartialErrorLocationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-partial-").FullName;

    private static readonly Plan Plan = new()
    {
        Letterhead = new Letterhead { Issuer = "Ủy ban nhân dân xã Vĩnh Phong", Number = 78, Place = "Vĩnh Phong", Date = new DateOnly(2026, 3, 20) },
        Title = new DocumentTitle { Summary = "Kế hoạch thử" },
        Recipients = ["Sở Nội vụ"],
        Archive = ["VT", "VHXH"],
        Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
    };

    [Fact]
    public void A_misspelt_element_in_an_overriding_signature_partial_names_that_file_and_line()
    {
        File.WriteAllText(Path.Combine(_folder, "_signature.sbn"), string.Join("\n",
            "    <signing>",
            "      <recipients>",
            "        <recipient>{{ plan.recipients[0] }}</recipient>",
            "      </recipients>",
            "      <signature>",
            "        <signr>{{ plan.signature.name }}</signr>",
            "      </signature>",
            "    </signing>",
            ""));
        var target = Path.Combine(_folder, "out.docx");

        var error = Assert.Throws<MarkupException>(() => PlanRenderer.FromTemplateFolder(_folder).RenderToFile(Plan, target));

        Assert.Equal("signr", error.ElementName);
        Assert.Equal("_signature.sbn(6,10)", error.TemplateLocation); // line 6, at the name "signr"
        Assert.False(File.Exists(target));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
