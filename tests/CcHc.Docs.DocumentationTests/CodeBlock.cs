namespace CcHc.Docs.DocumentationTests;

/// <summary>One fenced C# block of a Markdown file: where it is and its code.</summary>
public sealed record CodeBlock(string File, int Line, string Code)
{
    /// <summary>For test names: "docs/model.md:181".</summary>
    public override string ToString() => $"{File}:{Line}";

    /// <summary>
    /// Every <c>```csharp</c> (or <c>```cs</c>, <c>```c#</c>) block of README.md, docs/**/*.md and src/*/README.md,
    /// in file order. <paramref name="root"/> is the repository root.
    /// </summary>
    public static IEnumerable<CodeBlock> Find(string root)
    {
        var files = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .Where(System.IO.File.Exists)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var lines = System.IO.File.ReadAllLines(file);
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            for (var i = 0; i < lines.Length; i++)
            {
                var fence = lines[i].TrimStart();
                var info = fence.StartsWith("```", StringComparison.Ordinal) ? fence[3..].Trim().ToLowerInvariant() : null;
                if (info is not ("csharp" or "cs" or "c#"))
                {
                    continue;
                }
                var start = i + 1;
                var end = start;
                while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    end++;
                }
                yield return new CodeBlock(relative, i + 1, string.Join('\n', lines[start..end]));
                i = end;
            }
        }
    }
}
