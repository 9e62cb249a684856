namespace CcHc.Docs.Cli.Tests;

/// <summary>A fresh folder under the temp path, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("cchc-cli-tests-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies an example plan (examples/plans/NAME) into the folder and returns its new path.</summary>
    public string CopyExample(string name, string? as_ = null)
    {
        var target = File(as_ ?? name);
        System.IO.File.Copy(Repository.Example(name), target);
        return target;
    }

    public string Write(string name, string text)
    {
        var target = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        System.IO.File.WriteAllText(target, text);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
