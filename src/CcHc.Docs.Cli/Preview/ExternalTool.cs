namespace CcHc.Docs.Cli.Preview;

/// <summary>Finds programs on a PATH (LibreOffice's soffice, poppler's pdftoppm).</summary>
internal static class ExternalTool
{
    /// <summary>The full path of the first of <paramref name="names"/> found on <paramref name="pathVariable"/>, or null.</summary>
    public static string? Find(string? pathVariable, params string[] names)
    {
        if (string.IsNullOrEmpty(pathVariable))
        {
            return null;
        }
        var suffixes = OperatingSystem.IsWindows() ? new[] { ".exe", ".com", "" } : [""];
        foreach (var name in names)
        {
            foreach (var folder in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var suffix in suffixes)
                {
                    var candidate = Path.Combine(folder.Trim('"'), name + suffix);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }
}
