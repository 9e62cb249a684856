using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Rendering;
using CcHc.Docs.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using CcHc.Docs.Tests.Validation;
using CcHc.Docs.Validation;

namespace CcHc.Docs.Tests.Hostile;

/// <summary>
/// Issue 15, defects 1 and 2: text outside the Basic Multilingual Plane renders, and characters XML forbids that
/// reach the library through the C# API are reported by the validator (with the path) instead of crashing it.
/// </summary>
public sealed class UnicodeInputTests
{
    private const string Emoji = "\U0001F600";

    // A Hán-Nôm character (CJK Extension B), written with a surrogate pair in UTF-16.
    private const string HanNom = "\U00020027";

    private static Plan ParPlan() =>
        PlanReader.ReadFile(Path.Combine(RepositoryRoot.Path, "examples", "plans", "vinh-phong-par-sipas-papi-2026.yaml"));

    private static string BodyText(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join('\n', DocxText.Lines(document));
    }

    [Fact]
    public void A_title_and_an_issuer_outside_the_BMP_render_and_keep_their_characters()
    {
        var plan = ParPlan();
        plan = plan with
        {
            Title = plan.Title with { Summary = $"{Emoji} Công tác {HanNom} năm 2026" },
            Letterhead = plan.Letterhead with { Issuer = $"Ủy ban nhân dân xã Vĩnh {HanNom}" },
        };

        var bytes = PlanRenderer.Default.RenderToBytes(plan);

        var text = BodyText(bytes);
        Assert.Contains($"{Emoji} Công tác {HanNom} năm 2026", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(HanNom, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_read_from_YAML_with_an_emoji_in_the_summary_renders()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples", "plans", "vinh-phong-par-sipas-papi-2026.yaml"))
            .Replace("  summary: ", $"  summary: {Emoji} ", StringComparison.Ordinal);
        var plan = PlanReader.ReadYaml(yaml, "emoji.yaml");

        var bytes = PlanRenderer.Default.RenderToBytes(plan);

        Assert.Contains(Emoji, BodyText(bytes), StringComparison.Ordinal);
    }

    // Code units, not strings: xUnit would turn a lone surrogate in a string argument into U+FFFD.
    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0x0001)]
    public void A_forbidden_character_from_the_API_is_reported_with_its_path(int unit)
    {
        var bad = ((char)unit).ToString();
        var plan = ValidPlans.Complete();
        plan = plan with { Title = plan.Title with { Summary = $"Công tác{bad} năm 2026" } };

        var report = PlanValidator.Validate(plan);

        var diagnostic = Assert.Single(report.Diagnostics, d => d.Path == "title.summary" && d.Severity == Severity.Error);
        Assert.Contains($"U+{unit:X4}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0xD800, 0x20)]
    [InlineData(0xDBFF, 0x0301)]
    [InlineData(0xFFFF, 0x20)]
    public void A_forbidden_character_from_the_API_is_left_out_of_the_document(int unit, int next)
    {
        var bad = $"{(char)unit}{(char)next}";
        var plan = ParPlan();
        plan = plan with
        {
            Title = plan.Title with { Summary = $"Công tác{bad} năm 2026" },
            Preamble = $"Mở đầu{bad} kế hoạch.",
        };

        var bytes = PlanRenderer.Default.RenderToBytes(plan);

        var text = BodyText(bytes);
        Assert.Contains("Mở đầ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(bad[0], text);
    }
}
