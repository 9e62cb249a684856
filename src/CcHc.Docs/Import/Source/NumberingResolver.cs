using System.Globalization;
using CcHc.Docs.Vietnamese;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Import.Source;

/// <summary>
/// Turns Word's automatic numbering (<c>w:numPr</c>) into the label it prints ("II.", "1.", "a)", "-"),
/// counting paragraphs in document order through numbering.xml: level text, number format, start
/// values and overrides; a level restarts when a lower level advances.
/// </summary>
internal sealed class NumberingResolver
{
    private readonly Dictionary<int, int> abstractOf = [];
    private readonly Dictionary<(int Num, int Level), int> startOverrides = [];
    private readonly Dictionary<int, AbstractNum> abstracts = [];
    private readonly Dictionary<int, int[]> counters = [];

    public NumberingResolver(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return;
        }
        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is { } id)
            {
                abstracts[id] = definition;
            }
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } num || instance.AbstractNumId?.Val?.Value is not { } abstractId)
            {
                continue;
            }
            abstractOf[num] = abstractId;
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is { } level && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    startOverrides[(num, level)] = start;
                }
            }
        }
    }

    /// <summary>The label printed for the next paragraph numbered (numId, level), or null when there is no such list.</summary>
    public string? Next(int numId, int level)
    {
        if (!abstractOf.TryGetValue(numId, out var abstractId) || !abstracts.TryGetValue(abstractId, out var definition))
        {
            return null;
        }
        level = Math.Clamp(level, 0, 8);
        if (!counters.TryGetValue(numId, out var counts))
        {
            counts = new int[9];
            for (var l = 0; l < 9; l++)
            {
                counts[l] = Start(numId, definition, l) - 1;
            }
            counters[numId] = counts;
        }
        counts[level]++;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            counts[deeper] = Start(numId, definition, deeper) - 1;
        }
        var levelDefinition = Level(definition, level);
        var text = levelDefinition?.LevelText?.Val?.Value ?? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".";
        var format = levelDefinition?.NumberingFormat?.Val;
        if (format?.InnerText == "bullet")
        {
            return BulletLabel(text);
        }
        for (var l = 0; l <= level; l++)
        {
            var placeholder = "%" + (l + 1).ToString(CultureInfo.InvariantCulture);
            if (text.Contains(placeholder, StringComparison.Ordinal))
            {
                var levelFormat = Level(definition, l)?.NumberingFormat?.Val;
                text = text.Replace(placeholder, Format(Math.Max(counts[l], 1), levelFormat), StringComparison.Ordinal);
            }
        }
        return text.Trim();
    }

    private int Start(int numId, AbstractNum definition, int level) =>
        startOverrides.TryGetValue((numId, level), out var start) ? start : Level(definition, level)?.StartNumberingValue?.Val?.Value ?? 1;

    private static Level? Level(AbstractNum definition, int level) =>
        definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    // By the attribute's text, so a value this Open XML version does not know reads as decimal instead of throwing.
    private static string Format(int value, DocumentFormat.OpenXml.EnumValue<NumberFormatValues>? format) => format?.InnerText switch
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
}
