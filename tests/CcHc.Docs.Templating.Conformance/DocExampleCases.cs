namespace CcHc.Docs.Templating.Conformance;

/// <summary>
/// The examples of site-docs/builtins/*.md: a ```scriban-html block (input, where <c>{{ "{{" }}</c> stands
/// for <c>{{</c> and <c>{{ "}}" }}</c> for <c>}}</c>) followed by a ```html block (expected output).
/// math.random and math.uuid are skipped (not deterministic).
/// </summary>
internal static class DocExampleCases
{
    public static IEnumerable<ConformanceCase> Load(string root)
    {
        var folder = Path.Combine(root, "site-docs", "builtins");
        foreach (var file in Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n');
            var section = string.Empty;
            var index = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("### ", StringComparison.Ordinal))
                {
                    section = lines[i][4..].Trim().Trim('`');
                    index = 0;
                    continue;
                }

                if (lines[i].Trim() != "```scriban-html")
                {
                    continue;
                }

                var input = ReadBlock(lines, ref i);
                var j = i + 1;
                while (j < lines.Length && !lines[j].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    j++;
                }

                if (j >= lines.Length || lines[j].Trim() != "```html")
                {
                    continue;
                }

                i = j;
                var expected = ReadBlock(lines, ref i);
                if (section is "math.random" or "math.uuid")
                {
                    continue;
                }

                index++;
                var template = input.Replace("{{ \"{{\" }}", "{{", StringComparison.Ordinal).Replace("{{ \"}}\" }}", "}}", StringComparison.Ordinal);
                yield return new ConformanceCase($"builtins/{Path.GetFileName(file)}#{section}#{index}", template, expected, IgnoreTrailingNewLines: true);
            }
        }
    }

    private static string ReadBlock(string[] lines, ref int i)
    {
        var block = new List<string>();
        i++;
        while (i < lines.Length && lines[i].Trim() != "```")
        {
            block.Add(lines[i]);
            i++;
        }

        return string.Join("\n", block);
    }
}
