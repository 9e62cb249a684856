using System.Text;

namespace CcHc.Docs.Plans;

/// <summary>
/// The opening of a plan as printed: its cited documents grouped into citations (documents joined by " và " or ", "),
/// the citations' lines, and the paragraphs they make with the preamble (<see cref="CitedDocument.JoinNext"/>).
/// Templates print these paragraphs; validation judges punctuation on them.
/// </summary>
internal static class PlanOpening
{
    /// <summary>The join a document takes when it says none: a new paragraph after a căn cứ, the same paragraph after "Thực hiện".</summary>
    public static CitationJoin DefaultJoin(bool isBasis) => isBasis ? CitationJoin.Paragraph : CitationJoin.SameParagraph;

    /// <summary>The căn cứ citations, then the "Thực hiện" citations, in order.</summary>
    public static IReadOnlyList<OpeningCitation> Citations(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var citations = new List<OpeningCitation>();
        var followedAfterBases = plan.Implementing.Count > 0 || plan.Preamble is not null;
        Group(plan.Bases, isBasis: true, followedAfterBases, citations);
        Group(plan.Implementing, isBasis: false, plan.Preamble is not null, citations);
        return citations;
    }

    private static void Group(IReadOnlyList<CitedDocument> documents, bool isBasis, bool followed, List<OpeningCitation> into)
    {
        var first = 0;
        while (first < documents.Count)
        {
            var last = first;
            while (last + 1 < documents.Count && documents[last].JoinNext is CitationJoin.And or CitationJoin.Comma)
            {
                last++;
            }
            var isLastOfList = last == documents.Count - 1;
            var join = documents[last].JoinNext is CitationJoin.Paragraph or CitationJoin.SameParagraph
                ? documents[last].JoinNext!.Value
                : DefaultJoin(isBasis);
            into.Add(new OpeningCitation(isBasis, first, documents.Skip(first).Take(last - first + 1).ToArray())
            {
                After = join,
                IsLastOfList = isLastOfList,
                EndsParagraph = join == CitationJoin.Paragraph || (isLastOfList && !followed),
            });
            first = last + 1;
        }
    }

    /// <summary>
    /// The documents of one citation without prefix or final punctuation: each as <see cref="PlanText.CitationBody"/>,
    /// joined by " và " or ", ", a document's issuer left for the next to print when they share it and it has no subject.
    /// </summary>
    public static string Body(IReadOnlyList<CitedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var text = new StringBuilder();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var next = i + 1 < documents.Count ? documents[i + 1] : null;
            var sharesIssuer = next is not null && document.Subject is null && document.Issuer is not null
                && string.Equals(document.Issuer.Trim(), next.Issuer?.Trim(), StringComparison.Ordinal);
            text.Append(PlanText.CitationBody(sharesIssuer ? document with { Issuer = null } : document));
            if (next is not null)
            {
                text.Append(document.JoinNext == CitationJoin.Comma ? ", " : " và ");
            }
        }
        return text.ToString();
    }

    /// <summary>A căn cứ citation's line: its override, else "Căn cứ " + body + ";" ("." when it ends the căn cứ and its paragraph).</summary>
    public static string BasisLine(OpeningCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return citation.Text ?? "Căn cứ " + Body(citation.Documents) + (citation.IsLastOfList && citation.EndsParagraph ? "." : ";");
    }

    /// <summary>
    /// The "Thực hiện" sentence of consecutive citations printed in one paragraph: "Thực hiện A; B." when none is
    /// overridden; otherwise one sentence per citation, its override or "Thực hiện " + its body + ".".
    /// </summary>
    public static string ImplementingSentence(IReadOnlyList<OpeningCitation> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.All(c => c.Text is null))
        {
            return run.Count == 0 ? "" : "Thực hiện " + string.Join("; ", run.Select(c => Body(c.Documents))) + ".";
        }
        return string.Join(" ", run.Select(c => c.Text ?? "Thực hiện " + Body(c.Documents) + "."));
    }

    /// <summary>The căn cứ lines, one per citation.</summary>
    public static IReadOnlyList<string> BasisLines(Plan plan) =>
        Citations(plan).Where(c => c.IsBasis).Select(BasisLine).ToArray();

    /// <summary>The "Thực hiện" sentences joined by a space (as if in one paragraph), or null when the plan implements nothing.</summary>
    public static string? ImplementingLine(Plan plan)
    {
        var sentences = ImplementingRuns(Citations(plan)).Select(ImplementingSentence).ToArray();
        return sentences.Length == 0 ? null : string.Join(" ", sentences);
    }

    /// <summary>The opening's paragraphs in print order: căn cứ, "Thực hiện" and preamble, grouped as the plan says.</summary>
    public static IReadOnlyList<OpeningParagraph> Paragraphs(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var citations = Citations(plan);
        var parts = new List<(bool IsBasis, string Text, bool EndsParagraph)>();
        parts.AddRange(citations.Where(c => c.IsBasis).Select(c => (true, BasisLine(c), c.EndsParagraph)));
        parts.AddRange(ImplementingRuns(citations).Select(run => (false, ImplementingSentence(run), run[^1].EndsParagraph)));
        if (plan.Preamble is { } preamble)
        {
            parts.Add((false, preamble, true));
        }
        var paragraphs = new List<OpeningParagraph>();
        var text = new StringBuilder();
        var isBasis = false;
        foreach (var part in parts)
        {
            if (text.Length == 0)
            {
                isBasis = part.IsBasis;
            }
            else
            {
                text.Append(' ');
            }
            text.Append(part.Text);
            if (part.EndsParagraph)
            {
                paragraphs.Add(new OpeningParagraph(isBasis, text.ToString()));
                text.Clear();
            }
        }
        if (text.Length > 0)
        {
            paragraphs.Add(new OpeningParagraph(isBasis, text.ToString()));
        }
        return paragraphs;
    }

    // The "Thực hiện" citations cut into runs that share a paragraph.
    private static IEnumerable<IReadOnlyList<OpeningCitation>> ImplementingRuns(IReadOnlyList<OpeningCitation> citations)
    {
        var run = new List<OpeningCitation>();
        foreach (var citation in citations.Where(c => !c.IsBasis))
        {
            run.Add(citation);
            if (citation.After == CitationJoin.Paragraph)
            {
                yield return run.ToArray();
                run.Clear();
            }
        }
        if (run.Count > 0)
        {
            yield return run.ToArray();
        }
    }
}
