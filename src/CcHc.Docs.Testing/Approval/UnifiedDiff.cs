using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace CcHc.Docs.Testing.Approval;

/// <summary>A unified diff (<c>---</c>/<c>+++</c>/<c>@@</c> hunks with context lines) of two texts, computed with DiffPlex.</summary>
internal static class UnifiedDiff
{
    public static string Create(string oldText, string newText, string oldLabel, string newLabel, int context = 3)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var output = new StringBuilder();
        output.Append("--- ").Append(oldLabel).Append('\n');
        output.Append("+++ ").Append(newLabel).Append('\n');
        foreach (var hunk in Hunks(result.DiffBlocks, context))
            AppendHunk(output, hunk, result.PiecesOld, result.PiecesNew, context);
        return output.ToString();
    }

    /// <summary>Blocks closer than two contexts apart share a hunk, as in GNU diff.</summary>
    private static IEnumerable<List<DiffBlock>> Hunks(IList<DiffBlock> blocks, int context)
    {
        var current = new List<DiffBlock>();
        foreach (var block in blocks)
        {
            if (current.Count > 0)
            {
                var previous = current[^1];
                if (block.DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) > 2 * context)
                {
                    yield return current;
                    current = [];
                }
            }
            current.Add(block);
        }
        if (current.Count > 0) yield return current;
    }

    private static void AppendHunk(StringBuilder output, List<DiffBlock> hunk, IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines, int context)
    {
        var first = hunk[0];
        var last = hunk[^1];
        var startA = Math.Max(0, first.DeleteStartA - context);
        var startB = first.InsertStartB - (first.DeleteStartA - startA);
        var endA = Math.Min(oldLines.Count, last.DeleteStartA + last.DeleteCountA + context);
        var endB = last.InsertStartB + last.InsertCountB + (endA - (last.DeleteStartA + last.DeleteCountA));

        output.Append("@@ -").Append(Range(startA, endA - startA)).Append(" +").Append(Range(startB, endB - startB)).Append(" @@\n");
        var a = startA;
        foreach (var block in hunk)
        {
            for (; a < block.DeleteStartA; a++) output.Append(' ').Append(oldLines[a]).Append('\n');
            for (var i = 0; i < block.DeleteCountA; i++) output.Append('-').Append(oldLines[block.DeleteStartA + i]).Append('\n');
            for (var i = 0; i < block.InsertCountB; i++) output.Append('+').Append(newLines[block.InsertStartB + i]).Append('\n');
            a = block.DeleteStartA + block.DeleteCountA;
        }
        for (; a < endA; a++) output.Append(' ').Append(oldLines[a]).Append('\n');
    }

    /// <summary>1-based start and length; an empty range names the line before it, as unified diffs do.</summary>
    private static string Range(int start, int length) => length == 0 ? start + ",0" : (start + 1) + "," + length;
}
