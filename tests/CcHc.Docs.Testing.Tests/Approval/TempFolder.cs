namespace CcHc.Docs.Testing.Tests.Approval;

/// <summary>A fresh folder per test, removed afterwards, so approval tests never share files.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cchc-snapshots-" + Guid.NewGuid().ToString("N"));

    /// <summary>Settings that write into this folder and never accept, whatever the environment says.</summary>
    public SnapshotSettings Settings => new SnapshotSettings().UseDirectory(Path).WithAcceptAll(false);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string[] FileNames() => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
