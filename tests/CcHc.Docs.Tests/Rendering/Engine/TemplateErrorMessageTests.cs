using CcHc.Docs.Rendering;

namespace CcHc.Docs.Tests.Rendering.Engine;

/// <summary>
/// Issue 15, defect 8: a runtime error about a whole model object names the object's kind, not its contents — a
/// plan printed into a message is thousands of characters that hide what went wrong.
/// </summary>
public sealed class TemplateErrorMessageTests : IDisposable
{
    private const string Summary = "Cải cách hành chính năm 2026 trên địa bàn xã";
    private readonly TemplateFolder _folder = new();

    [Theory]
    [InlineData("{{ import plan }}", "import")]
    [InlineData("{{ import plan.title }}", "import")]
    [InlineData("{{ plan.title + 1 }}", "convert")]
    [InlineData("{{ plan.title | math.abs }}", "number")]
    public void An_error_about_a_model_object_is_short_and_does_not_print_the_plan(string template, string word)
    {
        _folder.With("t", template);

        var error = Assert.Throws<TemplateException>(() => _folder.Markup("t", plan: TemplateFolder.Plan(Summary)));

        Assert.Equal((1, "t.sbn"), (error.Line, error.TemplateName));
        Assert.Contains(word, error.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Cải cách", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Vĩnh Phong", error.Message, StringComparison.Ordinal);
        Assert.True(error.Reason.Length < 160, error.Reason);
    }

    public void Dispose() => _folder.Dispose();
}
