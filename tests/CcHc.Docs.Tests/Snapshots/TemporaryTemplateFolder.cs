using CcHc.Docs.Rendering;

namespace CcHc.Docs.Tests.Snapshots;

/// <summary>
/// A template folder of its own under the system temp folder, deleted on dispose, so tests that
/// write templates never share files (they run in parallel) and never leave any behind.
/// </summary>
internal sealed class TemporaryTemplateFolder : IDisposable
{
    public TemporaryTemplateFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cchc-snapshot-templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="name"/>.sbn with <paramref name="text"/>.</summary>
    public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name + ".sbn"), text);

    /// <summary>A renderer that takes templates from this folder first, then the defaults.</summary>
    public PlanRenderer Renderer() => PlanRenderer.FromTemplateFolder(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over it.
        }
    }
}
