using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Validation.Rules;

/// <summary>
/// KH0010: typed citation lines are punctuated as their paragraph is printed (<see cref="PlanOpening"/>). A căn cứ
/// that ends its paragraph ends with ";", the last căn cứ with "."; a "Thực hiện" sentence that ends the opening ends
/// with "." (";" is accepted when the preamble follows in its own paragraph). A line that the same paragraph goes on
/// after (<c>join_next: same_paragraph</c>: "Căn cứ …tỉnh X; UBND phường Y xây dựng Kế hoạch … như sau:") ends with
/// ";", "," or ".". A last line that carries the sentence introducing the plan itself ends with ":" as that sentence
/// does. <c>join_next: and</c>/<c>comma</c> on the last document of its list is reported: nothing follows to join.
/// </summary>
internal sealed class BasisPunctuationRule : PlanRule
{
    public override string Code => "KH0010";

    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(Plan plan)
    {
        foreach (var citation in PlanOpening.Citations(plan))
        {
            var last = citation.Documents[^1];
            if (citation.IsLastOfList && last.JoinNext is CitationJoin.And or CitationJoin.Comma)
            {
                yield return At(citation.PathOf(citation.Documents.Count - 1) + ".join_next",
                    $"join_next: {(last.JoinNext == CitationJoin.And ? "and" : "comma")} nối văn bản này với văn bản sau trong cùng một câu, nhưng đây là văn bản cuối của danh sách; bỏ join_next hoặc thêm văn bản được nối.");
            }
            if (citation.Text is not { } text)
            {
                continue;
            }
            var trimmed = text.TrimEnd();
            if (citation.IsLastOfList && JoinsOpeningSentence(trimmed, citation.IsBasis) || EndsAsPrinted(trimmed, citation, plan))
            {
                continue;
            }
            var end = trimmed.Length > 0 ? trimmed[^1].ToString() : "";
            var path = citation.PathOf(0) + ".text";
            if (!citation.EndsParagraph)
            {
                yield return At(path, $"Đoạn văn còn tiếp sau dòng này (join_next: same_paragraph), nên dòng kết thúc bằng \";\", \",\" hoặc \".\" trước phần tiếp theo, không phải \"{end}\": \"…{Tail(trimmed)}\".");
            }
            else if (citation.IsBasis)
            {
                yield return At(path, citation.IsLastOfList
                    ? $"Căn cứ cuối cùng phải kết thúc bằng dấu chấm \".\", không phải \"{end}\": \"…{Tail(trimmed)}\"."
                    : $"Mỗi căn cứ (trừ căn cứ cuối) kết thúc bằng dấu chấm phẩy \";\", không phải \"{end}\": \"…{Tail(trimmed)}\".");
            }
            else
            {
                yield return At(path, $"Câu \"Thực hiện …\" phải kết thúc bằng dấu chấm \".\": \"…{Tail(trimmed)}\".");
            }
        }
    }

    // The end a typed line takes where it stands in its printed paragraph.
    private static bool EndsAsPrinted(string text, OpeningCitation citation, Plan plan)
    {
        if (!citation.EndsParagraph)
        {
            return text.EndsWith(';') || text.EndsWith(',') || text.EndsWith('.');
        }
        if (citation.IsBasis)
        {
            return text.EndsWith(citation.IsLastOfList ? '.' : ';');
        }
        var preambleFollows = plan.Preamble is not null || !citation.IsLastOfList;
        return text.EndsWith('.') || (preambleFollows && text.EndsWith(';'));
    }

    /// <summary>
    /// True when the last line carries the sentence that introduces the plan and so ends with ":" as that sentence
    /// does: "Căn cứ …tỉnh X; UBND phường Y xây dựng Kế hoạch … như sau:" or "Thực hiện …, UBND xã … như sau:".
    /// For a căn cứ the sentence is what follows its last ";"; for "Thực hiện" it follows a comma.
    /// </summary>
    private static bool JoinsOpeningSentence(string text, bool isBasis)
    {
        if (!text.EndsWith(':'))
        {
            return false;
        }
        var separator = isBasis ? ';' : ',';
        var at = text.LastIndexOf(separator);
        if (at < 0)
        {
            return false;
        }
        var sentence = text[(at + 1)..].Trim();
        return sentence.Length > 0
            && !sentence.StartsWith("Căn cứ", StringComparison.OrdinalIgnoreCase)
            && !sentence.StartsWith("Thực hiện", StringComparison.OrdinalIgnoreCase)
            && sentence.Contains("Kế hoạch", StringComparison.OrdinalIgnoreCase);
    }

    private static string Tail(string text) => TextElements.Tail(text, 40);
}
