using CcHc.Docs.Plans;
using CcHc.Docs.Rendering;

namespace CcHc.Docs.Tests.Rendering.Engine;

/// <summary>A temporary template folder for one test, and a small plan to render with it.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public TemplateFolder() => Path = Directory.CreateTempSubdirectory("cchc-engine-").FullName;

    public string Path { get; }

    public static Plan Plan(string summary = "Kế hoạch thử", string[]? recipients = null) => new()
    {
        Letterhead = new Letterhead { Issuer = "Ủy ban nhân dân xã Vĩnh Phong", Number = 78, Place = "Vĩnh Phong", Date = new DateOnly(2026, 3, 20) },
        Title = new DocumentTitle { Summary = summary },
        Recipients = recipients ?? ["Sở Nội vụ"],
        Archive = ["VT", "VHXH"],
        Signature = new Signature { Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN")], Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
    };

    /// <summary>Writes <paramref name="name"/>.sbn with the given lines and returns this folder.</summary>
    public TemplateFolder With(string name, params string[] lines)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, name + ".sbn"), string.Join("\n", lines));
        return this;
    }

    /// <summary>Renders the markup of template <paramref name="name"/> with <paramref name="options"/>.</summary>
    public string Markup(string name, PlanRendererOptions? options = null, Plan? plan = null) =>
        PlanRenderer.FromTemplateFolder(Path, options).RenderMarkup(plan ?? Plan(), name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
