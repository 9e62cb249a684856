using CcHc.Docs.Rendering;
using CcHc.Docs.Testing;

namespace TemplateTests;

/// <summary>
/// Snapshot tests for a template folder that overrides one partial, _signature.sbn, with a version that
/// prints "(Đã ký)" above the signer's name. The snapshots show the whole document; the other two tests
/// pin down that the override is used and that nothing else changed.
/// </summary>
public sealed class SignatureOverrideTests
{
    private const string PlanName = "vinh-phong-tuyen-truyen-cchc-2026";

    private static readonly PlanRenderer Renderer = PlanRenderer.FromTemplateFolder(ExamplePlan.TemplateFolder);

    [Fact]
    public void Markup()
    {
        var markup = Renderer.RenderMarkup(ExamplePlan.Read(PlanName));

        MarkupSnapshot.Verify(markup);
    }

    [Fact]
    public Task Docx()
    {
        var docx = Renderer.RenderToBytes(ExamplePlan.Read(PlanName));

        return DocxSnapshot.VerifyAsync(docx);
    }

    [Fact]
    public void The_override_is_used()
    {
        var plan = ExamplePlan.Read(PlanName);

        var overridden = Renderer.RenderMarkup(plan);
        var defaults = PlanRenderer.Default.RenderMarkup(plan);

        Assert.Contains("<signer><i>(Đã ký)</i><br/>Huỳnh Quốc Huy</signer>", overridden, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã ký", defaults, StringComparison.Ordinal);
    }

    [Fact]
    public void Everything_but_the_signature_comes_from_the_defaults()
    {
        var plan = ExamplePlan.Read(PlanName);

        var overridden = Lines(Renderer.RenderMarkup(plan));
        var defaults = Lines(PlanRenderer.Default.RenderMarkup(plan));

        // Exactly one line differs, and it is the signer's.
        Assert.Equal(defaults.Length, overridden.Length);
        var changed = Enumerable.Range(0, defaults.Length).Where(i => defaults[i] != overridden[i]).ToArray();
        var line = Assert.Single(changed);
        Assert.Equal("<signer>Huỳnh Quốc Huy</signer>", defaults[line].Trim());
        Assert.Equal("<signer><i>(Đã ký)</i><br/>Huỳnh Quốc Huy</signer>", overridden[line].Trim());
    }

    private static string[] Lines(string markup) => markup.ReplaceLineEndings("\n").Split('\n');
}
