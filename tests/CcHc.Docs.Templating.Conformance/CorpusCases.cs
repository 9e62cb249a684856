namespace CcHc.Docs.Templating.Conformance;

/// <summary>The TestFiles corpus: NNN-name.txt with NNN-name.out.txt (Liquid and AST folders skipped).</summary>
internal static class CorpusCases
{
    public static IEnumerable<ConformanceCase> Load(string root)
    {
        var folder = Path.Combine(root, "TestFiles");
        foreach (var file in Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (file.EndsWith(".out.txt", StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.StartsWith("500-liquid", StringComparison.Ordinal) || relative.StartsWith("600-ast", StringComparison.Ordinal))
            {
                continue;
            }

            var expectedFile = file[..^4] + ".out.txt";
            if (!File.Exists(expectedFile))
            {
                continue;
            }

            yield return new ConformanceCase(relative, File.ReadAllText(file), File.ReadAllText(expectedFile));
        }
    }
}
