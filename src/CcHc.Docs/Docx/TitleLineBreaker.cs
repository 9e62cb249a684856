using CcHc.Docs.Markup.Tree;

namespace CcHc.Docs.Docx;

/// <summary>
/// Breaks a trích yếu that does not fit on one line into balanced lines: as few lines as fit, as even as they can be,
/// ending after a comma where that costs little evenness. Breaks fall only at ordinary spaces (a no-break space,
/// U+00A0, glues; the template model puts them inside the names a plan knows), and never where they would split a
/// name or a figure: not before a number ("năm 2026", "giai đoạn 2026 - 2030"), not next to a stand-alone dash
/// ("2026 - 2030", "Văn hóa - Xã hội"), not right after a capitalised word ("Chỉ / số", "Hồ / Chí Minh") and not after an
/// administrative word before a name ("thành phố Hồ Chí Minh", "xã Vĩnh Phong"). A summary that already has line
/// breaks is the plan's own layout and is kept.
/// </summary>
internal static class TitleLineBreaker
{
    /// <summary>
    /// The share of the text width a line may fill: the estimator is good to a few percent, and a line the
    /// estimate lets through must not wrap in Word or LibreOffice.
    /// </summary>
    public const double UsableShare = 0.9;

    /// <summary>Longer than this is no title: the search (quadratic in the words per line) is skipped and Word wraps the text.</summary>
    public const int MaxWords = 150;

    /// <summary>Words that lead into what follows; a line ending on one reads as cut off.</summary>
    private static readonly HashSet<string> LeadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "của", "và", "trên", "về", "các", "những", "cho", "với", "tại", "theo", "để", "trong", "đối", "giai", "đoạn", "nhằm", "số",
    };

    /// <summary>Words that open a phrase; a line may well start with one.</summary>
    private static readonly HashSet<string> PhraseStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "của", "và", "trên", "về", "cho", "với", "tại", "theo", "để", "trong", "đối", "giai", "nhằm", "năm", "nhiệm",
    };

    private static readonly HashSet<string> AdministrativeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "xã", "phường", "tỉnh", "huyện", "quận", "phố", "trấn", "khu", "thôn", "ấp", "bản", "làng", "tổ",
    };

    /// <summary>The summary with balanced <see cref="LayoutBreak"/>s, or as it was when it fits on one line or has breaks of its own.</summary>
    public static IReadOnlyList<MarkupInline> Balance(IReadOnlyList<MarkupInline> summary, int textWidth, double points)
    {
        if (summary.Any(inline => inline is not TextSpan))
        {
            return summary;
        }

        var text = string.Concat(summary.Cast<TextSpan>().Select(s => s.Text));
        var breaks = BreakPositions(text, (int)(textWidth * UsableShare), points);
        return breaks.Count == 0 ? summary : Insert(summary, breaks);
    }

    /// <summary>The indexes of the spaces in <paramref name="text"/> to turn into line breaks; empty when it fits on one line.</summary>
    public static IReadOnlyList<int> BreakPositions(string text, int usableWidth, double points)
    {
        var tokens = text.Split(' ');
        if (tokens.Length < 2 || tokens.Length > MaxWords)
        {
            return [];
        }

        var widths = tokens.Select(t => TextWidthEstimator.Twips(t, points, bold: true)).ToArray();
        var space = TextWidthEstimator.Twips(" ", points, bold: true);
        if (widths.Sum() + (space * (tokens.Length - 1)) <= usableWidth)
        {
            return [];
        }

        // Glue rules, strictest first; relax them only when no layout fits the width.
        foreach (var strictness in new[] { 2, 1, 0 })
        {
            var allowed = new bool[tokens.Length];
            for (var j = 1; j < tokens.Length; j++)
            {
                allowed[j] = MayBreakBefore(tokens, j, strictness);
            }

            var starts = Layout(tokens, widths, space, allowed, usableWidth);
            if (starts is not null)
            {
                var positions = new List<int>();
                var offset = 0;
                var next = 1;
                for (var j = 0; j < tokens.Length; j++)
                {
                    if (next < starts.Count && starts[next] == j)
                    {
                        positions.Add(offset - 1);
                        next++;
                    }

                    offset += tokens[j].Length + 1;
                }

                return positions;
            }
        }

        return [];
    }

    /// <summary>May a line start at token <paramref name="j"/>? Strictness 2 keeps every rule, 1 drops the capitalised-word rule, 0 only never breaks at an empty token.</summary>
    private static bool MayBreakBefore(string[] tokens, int j, int strictness)
    {
        string before = tokens[j - 1], after = tokens[j];
        if (before.Length == 0 || after.Length == 0)
        {
            return false;
        }

        if (strictness == 0)
        {
            return true;
        }

        if (IsDash(before) || IsDash(after) || char.IsDigit(after[0]))
        {
            return false;
        }

        if (AdministrativeWords.Contains(before) && char.IsUpper(after[0]))
        {
            return false;
        }

        // "Thành phố", "thị xã", "thị trấn", "đặc khu" are one word.
        if (AdministrativeWords.Contains(after) && before.ToLowerInvariant() is "thành" or "thị" or "đặc")
        {
            return false;
        }

        // A capitalised word opens a name ("Chỉ số hài lòng", "Cải cách hành chính", "Hồ Chí Minh"): no break right after it.
        return strictness < 2 || !IsCapitalised(before) || before.EndsWith(',') || before.EndsWith(';') || before.EndsWith(')');
    }

    private static bool IsDash(string token) => token is "-" or "–" or "—";

    private static bool IsCapitalised(string token)
    {
        var first = token.TrimStart('(', '“', '"', '\'');
        return first.Length > 0 && char.IsUpper(first[0]);
    }

    /// <summary>
    /// The first token of each line: the fewest lines that fit, then the most even lines (the least sum of squared
    /// widths), preferring to end a line after a comma or a closing bracket and not after a word that leads into the
    /// next ("của", "và", "trên" …). Null when no layout fits.
    /// </summary>
    private static List<int>? Layout(string[] tokens, int[] widths, int space, bool[] allowed, int usable)
    {
        var n = widths.Length;
        var start = new int[n + 1];
        for (var k = 0; k < n; k++)
        {
            start[k + 1] = start[k] + widths[k];
        }

        int LineWidth(int from, int to) => start[to] - start[from] + (space * (to - from - 1));

        var total = LineWidth(0, n);
        for (var lines = Math.Max(2, total / usable); lines <= n; lines++)
        {
            var average = (double)total / lines;
            var cost = new double[lines + 1, n + 1];
            var from = new int[lines + 1, n + 1];
            for (var l = 0; l <= lines; l++)
            {
                for (var i = 0; i <= n; i++)
                {
                    cost[l, i] = double.PositiveInfinity;
                }
            }

            cost[0, 0] = 0;
            for (var l = 1; l <= lines; l++)
            {
                for (var i = 1; i <= n; i++)
                {
                    if (i < n && !allowed[i])
                    {
                        continue;
                    }

                    var breakCost = i < n ? BreakPenalty(tokens[i - 1], average) + StartPenalty(tokens[i], average) : 0;
                    for (var j = i - 1; j >= 0; j--)
                    {
                        var width = LineWidth(j, i);
                        if (width > usable)
                        {
                            break;
                        }

                        if ((j > 0 && !allowed[j]) || double.IsPositiveInfinity(cost[l - 1, j]))
                        {
                            continue;
                        }

                        var candidate = cost[l - 1, j] + ((double)width * width) + breakCost;
                        if (candidate < cost[l, i])
                        {
                            cost[l, i] = candidate;
                            from[l, i] = j;
                        }
                    }
                }
            }

            if (double.IsPositiveInfinity(cost[lines, n]))
            {
                continue;
            }

            var starts = new List<int>();
            for (int l = lines, i = n; l > 0; l--)
            {
                i = from[l, i];
                starts.Add(i);
            }

            starts.Reverse();
            return starts;
        }

        return null;
    }

    /// <summary>What ending a line after <paramref name="word"/> costs, in squared twips against lines about <paramref name="average"/> long.</summary>
    private static double BreakPenalty(string word, double average)
    {
        if (word.EndsWith(',') || word.EndsWith(';') || word.EndsWith(')'))
        {
            return 0;
        }

        var share = LeadingWords.Contains(word) ? 0.4 : 0.25;
        return share * average * share * average;
    }

    /// <summary>Starting a line with a word that opens a phrase ("của …", "năm 2026", "(PAPI)") costs less.</summary>
    private static double StartPenalty(string word, double average) =>
        PhraseStarts.Contains(word) || word.StartsWith('(') ? -0.15 * average * 0.15 * average : 0;

    /// <summary>The spans with each break position's space replaced by a line break, formatting kept.</summary>
    private static List<MarkupInline> Insert(IReadOnlyList<MarkupInline> summary, IReadOnlyList<int> breaks)
    {
        var result = new List<MarkupInline>();
        var offset = 0;
        var next = 0;
        foreach (TextSpan span in summary)
        {
            var start = 0;
            while (next < breaks.Count && breaks[next] < offset + span.Text.Length)
            {
                var at = breaks[next] - offset;
                if (at > start)
                {
                    result.Add(new TextSpan(span.Text[start..at], span.Bold, span.Italic, span.Underline));
                }

                result.Add(LayoutBreak.Instance);
                start = at + 1;
                next++;
            }

            if (start < span.Text.Length)
            {
                result.Add(new TextSpan(span.Text[start..], span.Bold, span.Italic, span.Underline));
            }

            offset += span.Text.Length;
        }

        return result;
    }
}
