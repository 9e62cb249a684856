using System.Text.RegularExpressions;
using CcHc.Docs.Import.Source;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Import.Parsing;

/// <summary>
/// Walks a source document part by part — letterhead, title, căn cứ / thực hiện / preamble, body, closing,
/// nơi nhận and signature, appendices — and assembles the <see cref="Plan"/>, noting what each paragraph
/// became and every guess.
/// </summary>
internal sealed partial class PlanParser
{
    private readonly SourceDocument document;
    private readonly bool plainText;
    private readonly ImportNotes notes = new();
    private readonly List<SourceBlock> blocks;
    private int position;

    // Set while a part is read from a list of its own (letterhead, signing): the paragraph it starts at.
    private int? reading;

    private PlanParser(SourceDocument document, bool plainText)
    {
        this.document = document;
        this.plainText = plainText;
        blocks = Flatten(document.Blocks);
    }

    public static ImportResult Parse(SourceDocument document, bool plainText)
    {
        var parser = new PlanParser(document, plainText);
        try
        {
            return parser.Run();
        }
        catch (Exception e) when (e is not (PlanImportException or OutOfMemoryException or OperationCanceledException))
        {
            // A reading this parser did not foresee: still say where it stopped, so the user can look there.
            throw new PlanImportException($"Không đọc tiếp được từ đoạn này ({e.GetType().Name}: {e.Message}); hãy kiểm tra đoạn đó hoặc báo lỗi kèm tệp.", parser.Reached, e);
        }
    }

    // The paragraph the parser was at: the last block it took, or the part it was reading.
    private int Reached => reading ?? (blocks.Count == 0 ? 0 : blocks[Math.Clamp(position - 1, 0, blocks.Count - 1)].Number);

    // Layout tables (two columns or fewer: letterhead, signature) read as their paragraphs, row by row.
    private static List<SourceBlock> Flatten(IReadOnlyList<SourceBlock> source)
    {
        var result = new List<SourceBlock>();
        foreach (var block in source)
        {
            if (block is SourceTable table && table.Rows.All(r => r.Sum(c => c.Span) <= 2))
            {
                result.AddRange(table.Rows.SelectMany(r => r.SelectMany(c => c.Paragraphs)));
            }
            else
            {
                result.Add(block);
            }
        }
        return result;
    }

    private ImportResult Run()
    {
        var titleIndex = blocks.FindIndex(IsTitle);
        if (titleIndex < 0)
        {
            var at = blocks.Count > 0 ? blocks[0].Number : 0;
            throw new PlanImportException("Không tìm thấy tên loại văn bản (dòng \"KẾ HOẠCH\" in hoa); tệp này có phải một Kế hoạch không?", at);
        }
        var head = blocks.Take(titleIndex).OfType<SourceParagraph>().ToList();
        var titleParagraph = blocks[titleIndex].Number;
        position = titleIndex;
        var title = ReadTitle();
        var (bases, implementing, preamble) = ReadFrontMatter();
        if (plainText)
        {
            JoinBrokenLines();
        }
        var body = new BodyParser(notes, plainText);
        Closing? closing = null;
        while (position < blocks.Count && !IsSigningStart(blocks[position]) && !IsAppendixStart(blocks[position], false))
        {
            var block = blocks[position++];
            if (block is SourceTable table)
            {
                notes.Guess(table.Number, "", "Bảng giữa phần nội dung không đọc được (chỉ đọc bảng trong phụ lục); đã bỏ qua.");
                continue;
            }
            var paragraph = (SourceParagraph)block;
            if (paragraph.Printed.StartsWith("Trên đây", StringComparison.Ordinal))
            {
                closing = ReadClosing(paragraph);
                continue;
            }
            body.Add(paragraph);
        }
        var signing = new List<SourceParagraph>();
        while (position < blocks.Count && !IsAppendixStart(blocks[position], true))
        {
            if (blocks[position] is SourceParagraph p)
            {
                signing.Add(p);
            }
            position++;
        }
        reading = signing.Count > 0 ? signing[0].Number : null;
        var (recipients, archive, signature) = SigningParser.Parse(signing, notes);
        reading = null;
        var appendices = ReadAppendices();

        var running = new List<string>();
        if (preamble is not null)
        {
            running.Add(preamble);
        }
        running.AddRange(implementing.Select(d => d.Issuer ?? "").Concat(bases.Select(d => d.Issuer ?? "")));
        if (closing is not null)
        {
            running.Add(closing.Text);
        }
        reading = head.Count > 0 ? head[0].Number : titleParagraph;
        var (letterhead, _) = LetterheadParser.Parse(head, running, titleParagraph, notes);
        reading = null;

        var plan = new Plan
        {
            Numbering = body.Numbering,
            Letterhead = letterhead,
            Title = title,
            Bases = [.. bases],
            Implementing = [.. implementing],
            Preamble = preamble,
            Closing = closing,
            Recipients = [.. recipients],
            Archive = [.. archive],
            Signature = signature,
        };
        plan = plan with { Appendices = [.. FinishAppendices(plan, appendices)] };
        plan = plan with { Sections = [.. body.Sections.Select(s => s.Build(r => Resolve(plan, r)))] };
        return new ImportResult(plan, notes.ToReport());
    }

    // Plain text cut at page breaks: in the body, a line without a label that starts in lower case, or that
    // follows a long line with no closing punctuation, continues that line.
    private void JoinBrokenLines()
    {
        var end = blocks.FindIndex(position, b => IsSigningStart(b) || IsAppendixStart(b, false));
        end = end < 0 ? blocks.Count : end;
        // Joined lines are marked and removed in one pass at the end (removing each at once is quadratic).
        var joined = new bool[blocks.Count];
        for (var i = end - 1; i > position; i--)
        {
            if (blocks[i] is not SourceParagraph current || blocks[i - 1] is not SourceParagraph previous)
            {
                continue;
            }
            var text = current.Printed.Trim();
            var before = previous.Printed.Trim();
            if (text.Length == 0 || ItemLabel.Split(text).Kind != LabelKind.None || text.StartsWith("Trên đây", StringComparison.Ordinal))
            {
                continue;
            }
            var endsSentence = before.Length > 0 && ".;:!?…\"”)".Contains(before[^1], StringComparison.Ordinal);
            var longLine = before.Split(' ').Length > 25;
            if (char.IsLower(text[0]) || (!endsSentence && longLine))
            {
                blocks[i - 1] = previous with { Text = previous.Text.TrimEnd() + " " + text };
                joined[i] = true;
                notes.Guess(current.Number, "", $"Dòng \"{BodyParser.Excerpt(text)}\" được nối vào đoạn {previous.Number} (văn bản bị ngắt giữa câu).");
            }
        }
        var kept = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!joined[i])
            {
                blocks[kept++] = blocks[i];
            }
        }
        blocks.RemoveRange(kept, blocks.Count - kept);
    }

    private static bool IsTitle(SourceBlock block) =>
        block is SourceParagraph p && TitleKind(p.Printed) is not null;

    private static string? TitleKind(string printed)
    {
        var text = printed.TrimStart();
        foreach (var kind in DocumentKinds.All.OrderByDescending(k => k.Title.Length))
        {
            if (text.StartsWith(kind.Title, StringComparison.Ordinal)
                && (text.Length == kind.Title.Length || char.IsWhiteSpace(text[kind.Title.Length])))
            {
                return kind.Name;
            }
        }
        return null;
    }

    private DocumentTitle ReadTitle()
    {
        var kindParagraph = (SourceParagraph)blocks[position++];
        var kind = TitleKind(kindParagraph.Printed)!;
        var inline = kindParagraph.Printed.Trim()[VietnameseCase.ToUpper(kind).Length..].Trim();
        var lines = new List<string>();
        if (inline.Length > 0)
        {
            lines.AddRange(inline.Split('\n').Select(l => l.Trim()));
        }
        while (lines.Count == 0 || plainText)
        {
            if (position >= blocks.Count || blocks[position] is not SourceParagraph next || !IsSummaryLine(next, lines.Count))
            {
                break;
            }
            lines.AddRange(next.Printed.Split('\n').Select(l => l.Trim()));
            position++;
            if (!plainText)
            {
                break;
            }
        }
        var summary = string.Join("\n", lines.Where(l => l.Length > 0));
        if (summary.Length == 0)
        {
            notes.Guess(kindParagraph.Number, "title.summary", "Không có trích yếu dưới tên loại văn bản; hãy điền `title.summary`.");
        }
        else
        {
            notes.Recognised(kindParagraph.Number, "title", $"{kind}: \"{BodyParser.Excerpt(summary.Replace('\n', ' '))}\".");
        }
        return new DocumentTitle { Kind = kind, Summary = summary };
    }

    private bool IsSummaryLine(SourceParagraph paragraph, int taken)
    {
        var text = paragraph.Printed.Trim();
        if (text.StartsWith("Căn cứ", StringComparison.Ordinal) || text.StartsWith("Thực hiện", StringComparison.Ordinal)
            || ItemLabel.Split(text).Kind != LabelKind.None || paragraph.NumberingLabel is not null)
        {
            return false;
        }
        if (!plainText)
        {
            return paragraph.Bold;
        }
        return taken < 3 && !text.EndsWith(':') && text.Split(' ').Length <= 45;
    }

    private (List<CitedDocument> Bases, List<CitedDocument> Implementing, string? Preamble) ReadFrontMatter()
    {
        // Each căn cứ with whether its paragraph goes on after it (join_next: same_paragraph).
        var bases = new List<(SourceParagraph Paragraph, bool Joined)>();
        var implementing = new List<CitedDocument>();
        string? preamble = null;
        var preambleParagraph = 0;
        while (position < blocks.Count && blocks[position] is SourceParagraph paragraph)
        {
            var text = paragraph.Printed.Trim();
            var label = paragraph.NumberingLabel is not null ? ItemLabel.Split(paragraph.NumberingLabel + " x").Kind : ItemLabel.Split(text).Kind;
            if (label == LabelKind.Roman || text.StartsWith("Trên đây", StringComparison.Ordinal))
            {
                break;
            }
            position++;
            string? rest = null;
            if (text.StartsWith("Căn cứ", StringComparison.Ordinal))
            {
                var (citation, after) = SplitPreamble(text, isBasis: true);
                // "Căn cứ …; Thực hiện …": the "Thực hiện" sentence goes on in the căn cứ's paragraph.
                var implementingAt = citation.IndexOf("; Thực hiện ", StringComparison.Ordinal);
                var lines = (implementingAt > 0 ? citation[..(implementingAt + 1)] : citation).Split("; Căn cứ ");
                for (var k = 0; k < lines.Length; k++)
                {
                    var line = (k == 0 ? "" : "Căn cứ ") + lines[k] + (k < lines.Length - 1 ? ";" : "");
                    var joined = k < lines.Length - 1 || after is not null || implementingAt > 0;
                    bases.Add((paragraph with { Text = line, NumberingLabel = null }, joined));
                }
                if (implementingAt > 0)
                {
                    AddImplementing(paragraph.Number, citation[(implementingAt + 2)..], after);
                }
                rest = after;
            }
            else if (text.StartsWith("Thực hiện", StringComparison.Ordinal) && preamble is null)
            {
                var (citation, after) = SplitPreamble(text, isBasis: false);
                AddImplementing(paragraph.Number, citation, after);
                rest = after;
            }
            else
            {
                rest = text;
            }
            if (rest is { Length: > 0 })
            {
                if (preamble is null)
                {
                    preamble = rest;
                    preambleParagraph = paragraph.Number;
                    notes.Recognised(paragraph.Number, "preamble", "Câu dẫn vào nội dung.");
                }
                else
                {
                    preamble += " " + rest;
                    notes.Guess(paragraph.Number, "preamble", "Đoạn thứ hai trước mục I được nối vào câu dẫn.");
                }
            }
        }
        // A "Thực hiện" sentence whose paragraph ends with it (no preamble after it) says so on its last document.
        void AddImplementing(int paragraphNumber, string sentence, string? after)
        {
            var documents = CitationParser.ParseImplementing(sentence);
            implementing.AddRange(after is null ? [.. documents.SkipLast(1), documents[^1] with { JoinNext = CitationJoin.Paragraph }] : documents);
            notes.Recognised(paragraphNumber, "implementing", documents.Any(d => d.Text is not null)
                ? "Câu \"Thực hiện …\" (giữ nguyên văn: các trường không in lại đúng câu gốc)."
                : $"Câu \"Thực hiện …\": {documents.Count} văn bản.");
        }

        if (implementing.Count > 0 && preamble is null && implementing[^1].JoinNext == CitationJoin.Paragraph)
        {
            // Nothing follows the last "Thực hiện" paragraph: it ends the opening either way.
            implementing[^1] = implementing[^1] with { JoinNext = null };
        }
        var result = new List<CitedDocument>();
        for (var i = 0; i < bases.Count; i++)
        {
            var (basis, joined) = bases[i];
            var documents = CitationParser.ParseBasisCitation(basis.Text, i == bases.Count - 1 && !joined);
            if (joined)
            {
                documents = [.. documents.SkipLast(1), documents[^1] with { JoinNext = CitationJoin.SameParagraph }];
            }
            result.AddRange(documents);
            var cited = documents[0];
            notes.Recognised(basis.Number, $"bases[{result.Count - documents.Count}]", cited.Text is null
                ? $"Căn cứ {cited.Kind} {cited.Number}."
                : $"Căn cứ (giữ nguyên văn: các trường không in lại đúng câu gốc).");
            if (cited.Number is null && cited.Text is not null)
            {
                notes.Guess(basis.Number, $"bases[{result.Count - documents.Count}]", "Không đọc được số, ký hiệu của văn bản căn cứ; hãy kiểm tra các trường.");
            }
        }
        _ = preambleParagraph;
        return (result, implementing, preamble);
    }

    // "Căn cứ … 2030. Ủy ban nhân dân xã … như sau:" or "Căn cứ …tỉnh X; UBND phường Y … như sau:" — a citation
    // and the preamble printed as one paragraph (after a căn cứ, "; " too ends the citation).
    private static (string Citation, string? Preamble) SplitPreamble(string text, bool isBasis)
    {
        var date = DatePattern().Match(text);
        var from = date.Success ? date.Index + date.Length : 0;
        for (var at = from; at + 1 < text.Length; at++)
        {
            if (!(text[at] == '.' || (isBasis && text[at] == ';')) || text[at + 1] != ' ')
            {
                continue;
            }
            var start = at + 2;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            // Looked at in place: a long paragraph has many candidates.
            var rest = text.AsSpan(start);
            if (rest.Length > 0 && char.IsUpper(rest[0]) && (text.EndsWith(':') || PreambleStart().IsMatch(rest))
                && !rest.StartsWith("Căn cứ", StringComparison.Ordinal) && !rest.StartsWith("Thực hiện", StringComparison.Ordinal))
            {
                return (text[..(at + 1)], text[start..]);
            }
        }
        return (text, null);
    }

    private Closing ReadClosing(SourceParagraph paragraph)
    {
        var text = paragraph.Printed.Trim();
        Closing closing;
        if (text.EndsWith("./.", StringComparison.Ordinal))
        {
            closing = new Closing { Text = text[..^2] };
        }
        else if (text.EndsWith("/.", StringComparison.Ordinal))
        {
            closing = new Closing { Text = text };
        }
        else
        {
            closing = new Closing { Text = text, EndMark = false };
        }
        notes.Recognised(paragraph.Number, "closing", closing.EndMark ? "Câu kết, có dấu kết thúc \"./.\"." : "Câu kết (không có dấu \"./.\").");
        return closing;
    }

    private static bool IsSigningStart(SourceBlock block) =>
        block is SourceParagraph p && p.Printed.TrimStart().StartsWith("Nơi nhận", StringComparison.Ordinal);

    private bool IsAppendixStart(SourceBlock block, bool afterBody) =>
        block is SourceParagraph p && (AppendixLabel().IsMatch(p.Printed.Trim())
            || (afterBody && !plainText && p.AfterBreak && p.Section > 0 && AppendixLabelLoose().IsMatch(p.Printed.Trim())));

    private sealed record ReadAppendix(int Paragraph, string Label, string Title, string? Caption, bool Landscape, List<AppendixTable> Tables);

    private List<ReadAppendix> ReadAppendices()
    {
        var result = new List<ReadAppendix>();
        while (position < blocks.Count)
        {
            var labelParagraph = (SourceParagraph)blocks[position++];
            var index = result.Count;
            var path = $"appendices[{index}]";
            var titleLines = new List<string>();
            string? caption = null;
            while (position < blocks.Count && blocks[position] is SourceParagraph p && !IsAppendixStart(p, true))
            {
                var text = p.Printed.Trim();
                if (text.StartsWith('(') && text.EndsWith(')') && caption is null)
                {
                    caption = text;
                    position++;
                    continue;
                }
                if (caption is not null)
                {
                    break;
                }
                titleLines.Add(text);
                position++;
            }
            var tables = new List<AppendixTable>();
            while (position < blocks.Count && !(blocks[position] is SourceParagraph start && IsAppendixStart(start, true)))
            {
                string? tableTitle = null;
                if (blocks[position] is SourceParagraph titleParagraph)
                {
                    if (position + 1 < blocks.Count && blocks[position + 1] is SourceTable)
                    {
                        tableTitle = titleParagraph.Printed.Trim();
                        position++;
                    }
                    else
                    {
                        notes.Guess(titleParagraph.Number, path, $"Đoạn \"{BodyParser.Excerpt(titleParagraph.Printed)}\" trong phụ lục không thuộc bảng nào; đã bỏ qua.");
                        position++;
                        continue;
                    }
                }
                var parts = new List<SourceTable> { (SourceTable)blocks[position++] };
                // A text table cut by a page break or a paragraph-less gap continues in the next table.
                while (position < blocks.Count && blocks[position] is SourceTable more && plainText)
                {
                    parts.Add(more);
                    position++;
                }
                tables.Add(AppendixTableParser.Parse(parts, tableTitle, $"{path}.tables[{tables.Count}]", notes));
            }
            var landscape = plainText || document.IsLandscape(labelParagraph.Section);
            notes.Recognised(labelParagraph.Number, path, $"{labelParagraph.Printed.Trim()}: {tables.Count} bảng{(plainText ? " (văn bản thuần: coi là trang ngang)" : landscape ? ", trang ngang" : ", trang dọc")}.");
            if (caption is null)
            {
                notes.Guess(labelParagraph.Number, path + ".caption", "Phụ lục không có dòng \"(Kèm theo …)\"; sẽ in dòng tính từ số và ngày của kế hoạch.");
            }
            result.Add(new ReadAppendix(labelParagraph.Number, labelParagraph.Printed.Trim(), string.Join("\n", titleLines), caption, landscape, tables));
        }
        return result;
    }

    private static IEnumerable<Appendix> FinishAppendices(Plan plan, List<ReadAppendix> read)
    {
        for (var i = 0; i < read.Count; i++)
        {
            var a = read[i];
            var computedCaption = PlanText.ComputedAppendixCaption(plan);
            yield return new Appendix
            {
                Label = a.Label == PlanText.ComputedAppendixLabel(read.Count, i) ? null : a.Label,
                Title = a.Title,
                Caption = a.Caption is null || a.Caption == computedCaption ? null : a.Caption,
                Orientation = a.Landscape ? PageOrientation.Landscape : PageOrientation.Portrait,
                Tables = [.. a.Tables],
            };
        }
    }

    // "(Chi tiết tại Phụ lục II)" points at appendix 2 when that is how appendix 2 is labelled.
    private static AppendixReference Resolve(Plan plan, AppendixReference reference)
    {
        for (var i = 0; i < plan.Appendices.Count; i++)
        {
            if (string.Equals(reference.Text, "Chi tiết tại " + PlanText.AppendixLabel(plan, i), StringComparison.OrdinalIgnoreCase))
            {
                return new AppendixReference { Appendix = i + 1 };
            }
        }
        return reference;
    }

    [GeneratedRegex(@"^(Phụ lục|PHỤ LỤC)(\s+[IVXLC\d]+[a-z]?)?\.?$")]
    private static partial Regex AppendixLabel();

    [GeneratedRegex(@"^(Phụ lục|PHỤ LỤC)\b")]
    private static partial Regex AppendixLabelLoose();

    [GeneratedRegex(@"ngày \d{1,2}( tháng \d{1,2} năm |/\d{1,2}/)\d{4}")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ban |Phòng |Sở )")]
    private static partial Regex PreambleStart();
}
