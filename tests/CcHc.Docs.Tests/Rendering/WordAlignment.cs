using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace CcHc.Docs.Tests.Rendering;

/// <summary>
/// Aligns two texts word by word with a longest-common-subsequence diff (DiffPlex, Myers' algorithm)
/// after normalising what does not change the words a reader sees: Unicode form, white space (no-break
/// spaces included), the three dashes, and letter case.
/// </summary>
internal sealed class WordAlignment
{
    private WordAlignment(string[] seed, string[] render, List<(int Start, int Count)> seedOnly, List<(int Start, int Count)> renderOnly)
    {
        SeedWords = seed;
        RenderWords = render;
        SeedOnly = seedOnly;
        RenderOnly = renderOnly;
        Matched = seed.Length - seedOnly.Sum(r => r.Count);
    }

    public string[] SeedWords { get; }

    public string[] RenderWords { get; }

    /// <summary>Words of the seed the render does not have (start, count).</summary>
    public List<(int Start, int Count)> SeedOnly { get; }

    /// <summary>Words of the render the seed does not have (start, count).</summary>
    public List<(int Start, int Count)> RenderOnly { get; }

    /// <summary>Words in the longest common subsequence.</summary>
    public int Matched { get; }

    /// <summary>2·matched / (seed words + render words): 1 when the word sequences are equal.</summary>
    public double Similarity => 2.0 * Matched / (SeedWords.Length + RenderWords.Length);

    public static WordAlignment Align(string seed, string render)
    {
        var seedWords = Words(seed);
        var renderWords = Words(render);

        // One word per line, so DiffPlex's line chunker aligns words; no word contains a line break.
        var result = Differ.Instance.CreateDiffs(
            string.Join('\n', seedWords), string.Join('\n', renderWords), false, false, new LineChunker());
        var seedOnly = new List<(int, int)>();
        var renderOnly = new List<(int, int)>();
        foreach (var block in result.DiffBlocks)
        {
            if (block.DeleteCountA > 0)
            {
                seedOnly.Add((block.DeleteStartA, block.DeleteCountA));
            }
            if (block.InsertCountB > 0)
            {
                renderOnly.Add((block.InsertStartB, block.InsertCountB));
            }
        }
        return new WordAlignment(seedWords, renderWords, seedOnly, renderOnly);
    }

    /// <summary>
    /// The normalised words of <paramref name="text"/>: NFC; every kind of white space, no-break spaces
    /// included, separates words; hyphen, en dash, em dash (and their relatives) read as "-"; lower case.
    /// </summary>
    public static string[] Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            builder.Append(c switch
            {
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => char.IsWhiteSpace(c) ? ' ' : c,
            });
        }
        return builder.ToString()
            .ToLower(CultureInfo.InvariantCulture)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The differing stretches, for a failure message: "seed: …" / "render: …" with a few words of context.</summary>
    public string Describe(int maxBlocks = 40)
    {
        var text = new StringBuilder();
        foreach (var (start, count) in SeedOnly.Take(maxBlocks))
        {
            text.Append("  seed only  @").Append(start).Append(": ").AppendLine(Excerpt(SeedWords, start, count));
        }
        foreach (var (start, count) in RenderOnly.Take(maxBlocks))
        {
            text.Append("  render only@").Append(start).Append(": ").AppendLine(Excerpt(RenderWords, start, count));
        }
        return text.ToString();
    }

    private static string Excerpt(string[] words, int start, int count)
    {
        var before = string.Join(' ', words[Math.Max(0, start - 3)..start]);
        var inner = string.Join(' ', words.Skip(start).Take(Math.Min(count, 30)));
        var after = string.Join(' ', words.Skip(start + count).Take(3));
        return $"{before} [{inner}{(count > 30 ? $" … +{count - 30}" : "")}] {after}";
    }
}
