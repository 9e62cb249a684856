using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CcHc.Docs.Testing.Docx;

/// <summary>
/// The document's list definitions, and the counters that turn them into the labels Word shows
/// ("1.", "a)", "II.", "–"). Create one per description: counting depends on document order.
/// </summary>
internal sealed class NumberingCatalog
{
    private const int LevelCount = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);

    public NumberingCatalog(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null) return;
        foreach (var instance in numbering.Elements<NumberingInstance>())
            if (instance.NumberID?.Value is { } id) _instances.TryAdd(id, instance);
        foreach (var definition in numbering.Elements<AbstractNum>())
            if (definition.AbstractNumberId?.Value is { } id) _abstracts.TryAdd(id, definition);
    }

    /// <summary>The level definition for list <paramref name="numId"/>, honouring a level override.</summary>
    public Level? Level(int numId, int level)
    {
        if (!_instances.TryGetValue(numId, out var instance)) return null;
        var overridden = Override(instance, level)?.Level;
        if (overridden is not null) return overridden;
        var abstractId = instance.AbstractNumId?.Val?.Value;
        if (abstractId is null || !_abstracts.TryGetValue(abstractId.Value, out var definition)) return null;
        return definition.Elements<Level>().FirstOrDefault(candidate => candidate.LevelIndex?.Value == level);
    }

    /// <summary>Advances the list's counter at <paramref name="level"/> and returns the label Word would show; null for numId 0 or an unknown list.</summary>
    public string? NextLabel(int numId, int level)
    {
        if (numId == 0 || level is < 0 or >= LevelCount || !_instances.TryGetValue(numId, out var instance)) return null;
        var definition = Level(numId, level);
        if (definition is null) return null;

        var key = instance.Elements<LevelOverride>().Any(o => o.StartOverrideNumberingValue is not null)
            ? "num:" + numId
            : "abstract:" + instance.AbstractNumId?.Val?.Value;
        if (!_counters.TryGetValue(key, out var counters)) _counters[key] = counters = new int?[LevelCount];
        counters[level] = counters[level] is { } current ? current + 1 : Start(instance, level);
        for (var deeper = level + 1; deeper < LevelCount; deeper++) counters[deeper] = null;

        var format = definition.NumberingFormat?.Val?.InnerText ?? "decimal";
        var text = definition.LevelText?.Val?.Value ?? "";
        if (format == "bullet") return Readable(text);
        if (format == "none") return "";
        var label = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var value = counters[referenced] ?? Start(instance, referenced);
                var referencedFormat = Level(numId, referenced)?.NumberingFormat?.Val?.InnerText ?? "decimal";
                label.Append(Format(value, referencedFormat));
                i++;
            }
            else label.Append(text[i]);
        }
        return label.ToString();
    }

    private int Start(NumberingInstance instance, int level) =>
        Override(instance, level)?.StartOverrideNumberingValue?.Val?.Value
        ?? Level(instance.NumberID!.Value, level)?.StartNumberingValue?.Val?.Value
        ?? 0;

    private static LevelOverride? Override(NumberingInstance instance, int level) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);

    private static string Format(int value, string format) => format switch
    {
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letter numbering: a…z, then aa…zz, then aaa….</summary>
    private static string Letters(int value)
    {
        if (value <= 0) return value.ToString(CultureInfo.InvariantCulture);
        var letter = (char)('A' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        (int Value, string Symbol)[] numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = new StringBuilder();
        foreach (var (amount, symbol) in numerals)
            while (value >= amount) { result.Append(symbol); value -= amount; }
        return result.ToString();
    }

    /// <summary>Bullet glyphs from symbol fonts live in the private use area; show their code instead of an invisible character.</summary>
    private static string Readable(string text)
    {
        var result = new StringBuilder();
        foreach (var c in text)
            result.Append(c is >= '\uE000' and <= '\uF8FF' ? $"U+{(int)c:X4}" : c.ToString());
        return result.ToString();
    }
}
