using System.Globalization;
using System.Xml;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// Turns Word's automatic numbering (<c>w:numPr</c>) into the label it prints ("II.", "1.", "a)", "-"),
/// counting paragraphs in document order through numbering.xml: level text, number format, start
/// values and overrides; a level restarts when a lower level advances.
/// </summary>
internal sealed class NumberingResolver
{
    private const int Levels = 9;

    private readonly Dictionary<int, int> abstractOf = [];
    private readonly Dictionary<(int Num, int Level), int> startOverrides = [];
    private readonly Dictionary<int, LevelDefinition?[]> abstracts = [];
    private readonly Dictionary<int, int[]> counters = [];

    private NumberingResolver()
    {
    }

    /// <summary>A document without numbering.xml: no paragraph has an automatic label.</summary>
    public static NumberingResolver Empty() => new();

    /// <summary>Reads numbering.xml from a stream in one forward pass.</summary>
    public static NumberingResolver Read(Stream numberingXml)
    {
        var result = new NumberingResolver();
        using var reader = WordXml.Open(numberingXml);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !WordXml.IsWord(reader))
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "abstractNum":
                    result.ReadAbstract(reader);
                    break;
                case "num":
                    result.ReadInstance(reader);
                    break;
            }
        }
        return result;
    }

    /// <summary>The label printed for the next paragraph numbered (numId, level), or null when there is no such list.</summary>
    public string? Next(int numId, int level)
    {
        if (!abstractOf.TryGetValue(numId, out var abstractId) || !abstracts.TryGetValue(abstractId, out var definition))
        {
            return null;
        }
        level = Math.Clamp(level, 0, Levels - 1);
        if (!counters.TryGetValue(numId, out var counts))
        {
            counts = new int[Levels];
            for (var l = 0; l < Levels; l++)
            {
                counts[l] = Start(numId, definition, l) - 1;
            }
            counters[numId] = counts;
        }
        counts[level]++;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counts[deeper] = Start(numId, definition, deeper) - 1;
        }
        var levelDefinition = definition[level];
        var text = levelDefinition?.Text ?? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".";
        if (levelDefinition?.Format == "bullet")
        {
            return BulletLabel(text);
        }
        for (var l = 0; l <= level; l++)
        {
            var placeholder = "%" + (l + 1).ToString(CultureInfo.InvariantCulture);
            if (text.Contains(placeholder, StringComparison.Ordinal))
            {
                text = text.Replace(placeholder, Format(Math.Max(counts[l], 1), definition[l]?.Format), StringComparison.Ordinal);
            }
        }
        return text.Trim();
    }

    private int Start(int numId, LevelDefinition?[] definition, int level) =>
        startOverrides.TryGetValue((numId, level), out var start) ? start : definition[level]?.Start ?? 1;

    private void ReadAbstract(XmlReader reader)
    {
        var id = WordXml.IntAttribute(reader, "abstractNumId");
        var levels = new LevelDefinition?[Levels];
        foreach (var child in WordXml.Children(reader))
        {
            // The first definition of a level counts.
            if (WordXml.IsWord(child) && child.LocalName == "lvl" && WordXml.IntAttribute(child, "ilvl") is { } index
                && index is >= 0 and < Levels && levels[index] is null)
            {
                levels[index] = ReadLevel(child);
            }
        }
        if (id is { } abstractId)
        {
            abstracts[abstractId] = levels;
        }
    }

    private static LevelDefinition ReadLevel(XmlReader reader)
    {
        var level = new LevelDefinition();
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "start":
                    level.Start ??= WordXml.IntAttribute(child, "val");
                    break;
                case "numFmt":
                    level.Format ??= WordXml.Attribute(child, "val");
                    break;
                case "lvlText":
                    level.Text ??= WordXml.Attribute(child, "val");
                    break;
            }
        }
        return level;
    }

    private void ReadInstance(XmlReader reader)
    {
        var num = WordXml.IntAttribute(reader, "numId");
        int? abstractId = null;
        var overrides = new List<(int Level, int Start)>();
        foreach (var child in WordXml.Children(reader))
        {
            if (!WordXml.IsWord(child))
            {
                continue;
            }
            switch (child.LocalName)
            {
                case "abstractNumId":
                    abstractId ??= WordXml.IntAttribute(child, "val");
                    break;
                case "lvlOverride" when WordXml.IntAttribute(child, "ilvl") is { } level:
                    if (WordXml.First(child, "startOverride", r => WordXml.IntAttribute(r, "val")) is { } start)
                    {
                        overrides.Add((level, start));
                    }
                    break;
            }
        }
        if (num is not { } numId || abstractId is not { } target)
        {
            return;
        }
        abstractOf[numId] = target;
        foreach (var (level, start) in overrides)
        {
            startOverrides[(numId, level)] = start;
        }
    }

    // By the attribute's text, so an unknown format reads as decimal.
    private static string Format(int value, string? format) => format switch
    {
        "upperRoman" => RomanNumerals.ToRoman(value),
        "lowerRoman" => RomanNumerals.ToRoman(value).ToLowerInvariant(),
        "lowerLetter" => ((char)('a' + ((value - 1) % 26))).ToString(),
        "upperLetter" => ((char)('A' + ((value - 1) % 26))).ToString(),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Bullet characters print as a dash or a plus in a Kế hoạch; symbol-font bullets read as a dash.
    private static string BulletLabel(string text) => text.Trim() switch
    {
        "+" => "+",
        _ => "-",
    };

    private sealed class LevelDefinition
    {
        public int? Start { get; set; }

        public string? Format { get; set; }

        public string? Text { get; set; }
    }
}
