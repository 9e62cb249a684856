using System.Text;
using System.Text.RegularExpressions;
using CcHc.Docs.Plans;
using CcHc.Docs.Tasks;

namespace CcHc.Docs.Rendering.TemplateModel;

/// <summary>
/// The names a plan knows (its issuer and parent body, its place, the units it names as section units and task leads),
/// glued with no-break spaces where they occur in a line that must not split them: the trích yếu, where
/// "THÀNH / PHỐ" or "HỒ / CHÍ MINH" would be a layout error. A long unit name is glued from its administrative
/// word on ("… xã Vĩnh Phong"), so the line can still break before it.
/// </summary>
internal static partial class KnownNames
{
    /// <summary>A name of more words than this is glued only from its administrative word on.</summary>
    public const int MaxGluedWords = 6;

    private const char NoBreakSpace = '\u00A0';

    /// <summary>The plan's names, longest first, each of at least two words.</summary>
    public static IReadOnlyList<string> Of(Plan plan)
    {
        var candidates = new List<string?> { plan.Letterhead.Issuer, plan.Letterhead.ParentBody, plan.Letterhead.Place };
        candidates.AddRange(Units(plan.Sections));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }

            var name = Whitespace().Replace(candidate.Trim(), " ");
            if (name.Split(' ').Length <= MaxGluedWords)
            {
                names.Add(name);
            }

            if (Locality().Match(name) is { Success: true } locality && locality.Index > 0)
            {
                names.Add(locality.Value);
            }
        }

        return names.Where(n => n.Contains(' ', StringComparison.Ordinal)).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToArray();
    }

    /// <summary><paramref name="text"/> with the spaces inside each of <paramref name="names"/> (matched whole-word, any case) made no-break.</summary>
    public static string Glue(string text, IReadOnlyList<string> names)
    {
        if (names.Count == 0 || !text.Contains(' ', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var name in names)
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    for (var i = at; i < end; i++)
                    {
                        if (builder[i] == ' ')
                        {
                            builder[i] = NoBreakSpace;
                        }
                    }
                }

                at = end;
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string?> Units(IEnumerable<Section> sections)
    {
        foreach (var section in sections)
        {
            yield return section.Unit;
            foreach (var block in section.Content)
            {
                switch (block)
                {
                    case SubsectionBlock sub:
                        foreach (var unit in Units([sub.Section]))
                        {
                            yield return unit;
                        }

                        break;
                    case TaskBlock task:
                        foreach (var unit in UnitNames.Split(task.Task.Lead))
                        {
                            yield return unit.Original;
                        }

                        break;
                }
            }
        }
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>From an administrative word to the end: "xã Vĩnh Phong", "Thành phố Hồ Chí Minh", "tỉnh An Giang".</summary>
    [GeneratedRegex(@"\b(?:[Tt]hành phố|[Tt]hị xã|[Tt]hị trấn|[Đđ]ặc khu|[Xx]ã|[Pp]hường|[Hh]uyện|[Qq]uận|[Tt]ỉnh)\s+\p{Lu}.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Locality();
}
