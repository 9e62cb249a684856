using System.Text;
using CcHc.Docs.Serialization;

namespace CcHc.Docs.Import;

/// <summary>
/// Writes an imported plan as the project's YAML with the report as comments where it concerns the file:
/// each guess and change as "# kiểm tra: đoạn 12: …" / "# đã đổi: …" on the line above the value it is about
/// (the nearest enclosing key when the value is computed or absent), notes about the whole plan at the top.
/// </summary>
public static class ImportYaml
{
    /// <summary>The annotated YAML; <paramref name="schema"/> adds the yaml-language-server line as PlanWriter does.</summary>
    public static string Write(ImportResult result, IEnumerable<ImportNote>? extra = null, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var yaml = PlanWriter.WriteYaml(result.Plan, schema);
        var lines = yaml.Split('\n').ToList();
        var map = PlanReader.ReadYamlDocument(yaml).SourceMap;
        var notes = result.Report.Notes.Where(n => n.Kind != ImportNoteKind.Recognised).Concat(extra ?? []).ToList();
        var above = new SortedDictionary<int, List<string>>();
        foreach (var note in notes)
        {
            var line = note.Path.Length == 0 ? 0 : map.Locate(note.Path)?.Line ?? 0;
            var index = Math.Max(0, line - 1);
            if (line == 0)
            {
                index = lines.Count > 0 && lines[0].StartsWith("# yaml-language-server", StringComparison.Ordinal) ? 1 : 0;
            }
            if (!above.TryGetValue(index, out var list))
            {
                above[index] = list = [];
            }
            var indent = index < lines.Count ? new string(' ', lines[index].Length - lines[index].TrimStart().Length) : "";
            list.Add(indent + "# " + note.ToString().Replace('\n', ' '));
        }
        var output = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (above.TryGetValue(i, out var comments))
            {
                foreach (var comment in comments)
                {
                    output.Append(comment).Append('\n');
                }
            }
            output.Append(lines[i]);
            if (i < lines.Count - 1)
            {
                output.Append('\n');
            }
        }
        return output.ToString();
    }
}
