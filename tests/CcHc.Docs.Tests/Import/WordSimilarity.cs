using System.Text;

namespace CcHc.Docs.Tests.Import;

/// <summary>
/// Word-level similarity of two texts, as the issue defines it: both texts NFC, split on white space, and
/// the ratio of Python difflib's SequenceMatcher over the two word sequences — 2·M / (|a| + |b|), M the
/// words in the matching blocks found by repeatedly taking the longest common run (no junk heuristic).
/// </summary>
internal static class WordSimilarity
{
    public static string[] Words(string text) =>
        text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public static double Ratio(string a, string b) => Ratio(Words(a), Words(b));

    public static double Ratio(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 1.0;
        }
        return 2.0 * Matched(a, b) / (a.Count + b.Count);
    }

    /// <summary>Words in the matching blocks: longest common run first, then recursively left and right of it.</summary>
    public static int Matched(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Index b's words once: positions of each word, ascending.
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < b.Count; j++)
        {
            if (!positions.TryGetValue(b[j], out var list))
            {
                positions[b[j]] = list = [];
            }
            list.Add(j);
        }
        var total = 0;
        var queue = new Stack<(int ALo, int AHi, int BLo, int BHi)>();
        queue.Push((0, a.Count, 0, b.Count));
        while (queue.Count > 0)
        {
            var (alo, ahi, blo, bhi) = queue.Pop();
            var (i, j, size) = Longest(a, positions, alo, ahi, blo, bhi);
            if (size == 0)
            {
                continue;
            }
            total += size;
            queue.Push((alo, i, blo, j));
            queue.Push((i + size, ahi, j + size, bhi));
        }
        return total;
    }

    // difflib's find_longest_match without junk: the earliest longest run of a[alo..ahi) in b[blo..bhi).
    private static (int I, int J, int Size) Longest(
        IReadOnlyList<string> a, Dictionary<string, List<int>> positions, int alo, int ahi, int blo, int bhi)
    {
        int bestI = alo, bestJ = blo, bestSize = 0;
        var lengths = new Dictionary<int, int>();
        for (var i = alo; i < ahi; i++)
        {
            var next = new Dictionary<int, int>();
            if (positions.TryGetValue(a[i], out var js))
            {
                foreach (var j in js)
                {
                    if (j < blo)
                    {
                        continue;
                    }
                    if (j >= bhi)
                    {
                        break;
                    }
                    var k = (lengths.TryGetValue(j - 1, out var before) ? before : 0) + 1;
                    next[j] = k;
                    if (k > bestSize)
                    {
                        bestI = i - k + 1;
                        bestJ = j - k + 1;
                        bestSize = k;
                    }
                }
            }
            lengths = next;
        }
        return (bestI, bestJ, bestSize);
    }
}
