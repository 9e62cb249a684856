using System.Globalization;
using CcHc.Docs.Plans;
using CcHc.Docs.Vietnamese;

namespace CcHc.Docs.Tests.Import;

/// <summary>
/// Random plans for the round trip: random structure (sections three levels deep, bullets, plus items,
/// paragraphs, targets, body tasks, appendices with groups, subtasks, extra columns, portrait or landscape),
/// Vietnamese text with the awkward characters (decomposable letters, đ/Đ, quotes, en dashes, "%", "&", "<").
/// Only plans the page can tell apart are generated: the limits in <see cref="RoundTripLimits"/> are avoided.
/// </summary>
internal sealed class GeneratedPlans(int seed)
{
    private static readonly string[] Words =
    [
        "Ủy", "ban", "nhân", "dân", "phường", "xã", "thực", "hiện", "nhiệm", "vụ", "giải", "pháp", "cải", "cách", "hành", "chính",
        "chuyển", "đổi", "số", "đồng", "bộ", "kiểm", "tra", "giám", "sát", "người", "dân", "doanh", "nghiệp", "Đảng", "ủy",
        "“đúng,", "đủ,", "sạch,", "sống”", "100%", "Văn", "hóa", "–", "Xã", "hội", "R&D", "<5%", "hồ", "sơ", "trực", "tuyến",
        "Quý", "IV", "năm", "2027", "ỹ", "Ỵ", "ưu", "tiên", "PAR", "Index", "SIPAS", "(TTHC)", "kế", "hoạch", "định", "kỳ",
    ];

    private static readonly string[] Units = ["Phòng Văn hóa - Xã hội", "Công an xã", "Trung tâm Phục vụ hành chính công", "Văn phòng HĐND và UBND"];

    private readonly Random random = new(seed);

    // Every third paragraph block carries a footnote after its first word; counted, not drawn, so the random
    // sequence (and with it every other generated value) stays as it was before footnotes existed.
    private int paragraphs;

    public Plan Next()
    {
        var year = random.Next(2024, 2030);
        var draft = random.Next(4) == 0;
        var letterhead = new Letterhead
        {
            ParentBody = random.Next(3) == 0 ? "UBND TỈNH AN GIANG" : null,
            Issuer = "Ủy ban nhân dân xã Vĩnh Phong",
            Number = draft ? null : random.Next(1, 400),
            Place = "Vĩnh Phong",
            Date = draft ? null : new DateOnly(year, random.Next(1, 13), random.Next(1, 29)),
            Year = draft ? year : null,
        };
        var appendices = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Appendix()).ToList();
        return new Plan
        {
            Letterhead = letterhead,
            Title = new DocumentTitle { Summary = Sentence(6, 14, end: "") + (random.Next(3) == 0 ? "\n" + Sentence(3, 6, end: "") : "") },
            Bases = [.. Grouped(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Cited(year)).ToList(), isBasis: true)],
            Implementing = random.Next(3) == 0 ? [.. Grouped([Cited(year)], isBasis: false)] : [],
            Preamble = "Ủy ban nhân dân xã Vĩnh Phong ban hành Kế hoạch " + Sentence(3, 8, end: "") + ", như sau:",
            Sections = [.. Enumerable.Range(0, random.Next(1, 5)).Select(i => TopSection(i, appendices.Count))],
            Closing = new Closing { Text = "Trên đây là Kế hoạch " + Sentence(4, 10, end: ".") },
            Recipients = [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => Sentence(2, 5, end: ""))],
            Archive = ["VT", "VHXH"],
            Signature = new Signature
            {
                Authority = random.Next(2) == 0 ? [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN"), AuthorityLine.Parse("KT. CHỦ TỊCH")] : [],
                Position = random.Next(2) == 0 ? "PHÓ CHỦ TỊCH" : "CHỦ TỊCH",
                Name = "Nguyễn Thị Ánh Tuyết",
            },
            Appendices = [.. appendices],
        };
    }

    // The opening's grouping (join_next), taken from each document's number so that the random sequence, and so
    // every other generated value, stays as it was.
    private static IEnumerable<CitedDocument> Grouped(List<CitedDocument> documents, bool isBasis) =>
        documents.Select((d, i) =>
        {
            var n = int.Parse(d.Number![..d.Number!.IndexOf('/', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            CitationJoin? join = i < documents.Count - 1
                ? (n % 3) switch { 0 => CitationJoin.And, 1 => CitationJoin.SameParagraph, _ => null }
                : n % 2 == 0 ? (isBasis ? CitationJoin.SameParagraph : CitationJoin.Paragraph) : null;
            return d with { JoinNext = join };
        });

    private CitedDocument Cited(int year) => new()
    {
        Kind = random.Next(2) == 0 ? "Kế hoạch" : "Quyết định",
        Number = random.Next(1, 300).ToString(CultureInfo.InvariantCulture) + "/KH-UBND",
        Date = new DateOnly(year - 1, random.Next(1, 13), random.Next(1, 29)),
        Issuer = "UBND tỉnh An Giang",
        Subject = "về " + Sentence(3, 9, end: ""),
    };

    private Section TopSection(int index, int appendixCount)
    {
        SectionKind[] kinds = [SectionKind.Purpose, SectionKind.Tasks, SectionKind.Funding, SectionKind.Implementation, SectionKind.Custom];
        var kind = kinds[random.Next(kinds.Length)];
        return new Section
        {
            Kind = kind,
            Title = kind == SectionKind.Custom ? "CÁC GIẢI PHÁP TRỌNG TÂM " + index.ToString(CultureInfo.InvariantCulture) : null,
            SeeAppendix = appendixCount > 0 && random.Next(3) == 0 ? new AppendixReference { Appendix = random.Next(1, appendixCount + 1) } : null,
            Content = [.. Content(2, kind)],
        };
    }

    // Leaf blocks first, then nested sections: a block after a nested section would print as that section's content.
    private IEnumerable<Block> Content(int level, SectionKind topKind)
    {
        var leaves = random.Next(level <= 3 ? 0 : 1, 4);
        if (random.Next(4) == 0)
        {
            yield return new ParagraphBlock(WithFootnote(Sentence(5, 25, end: ".")));
        }
        for (var i = 0; i < leaves; i++)
        {
            yield return random.Next(3) switch
            {
                0 => new BulletBlock(Sentence(4, 20, end: ".")),
                1 => new BulletBlock(Sentence(3, 10, end: ";"), BulletStyle.Plus),
                _ => new TaskBlock(new PlanTask { Text = Sentence(3, 8, end: ""), Lead = Units[random.Next(Units.Length)], Deadline = random.Next(2) == 0 ? "Quý II" : null }),
            };
        }
        var nested = level <= 3 ? random.Next(leaves == 0 ? 1 : 0, 4) : 0;
        for (var i = 0; i < nested; i++)
        {
            yield return new SubsectionBlock(Subsection(level, topKind));
        }
    }

    private Section Subsection(int level, SectionKind topKind)
    {
        var style = random.Next(4);
        if (style == 0 && level == 3)
        {
            return new Section
            {
                Text = Sentence(3, 8, end: ""),
                Targets = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new Target { Text = Sentence(3, 8, end: "") + " đạt 95,5%" })],
            };
        }
        if (style == 1)
        {
            return new Section { Text = Sentence(6, 30, end: ".") };
        }
        if (style == 2 && level == 2 && topKind is SectionKind.Tasks or SectionKind.Implementation)
        {
            return new Section { Unit = Units[random.Next(Units.Length)], Content = [.. Content(level + 1, topKind)] };
        }
        return new Section { Title = "Nội dung " + Sentence(1, 4, end: ""), Content = [.. Content(level + 1, topKind)] };
    }

    private Appendix Appendix()
    {
        // An extra column only where the table still fits the landscape page (the writer scales wider tables).
        var portrait = random.Next(3) == 0;
        var extra = !portrait && random.Next(3) == 0;
        var columns = extra
            ? [.. TableColumn.Standard.Select(c => c.Field == ColumnField.Task ? c with { Width = 70 } : c), new TableColumn { Field = ColumnField.Extra, Header = "Ghi chú", Key = "Ghi chú", Width = 25 }]
            : TableColumn.Standard;
        var grouped = random.Next(2) == 0;
        var tasks = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Task(extra, 0)).ToArray();
        return new Appendix
        {
            Title = "NHIỆM VỤ " + VietnameseCaseUpper(Sentence(2, 6, end: "")),
            Orientation = portrait ? PageOrientation.Portrait : PageOrientation.Landscape,
            Tables =
            [
                new AppendixTable
                {
                    Columns = columns,
                    Groups = grouped ? [new TaskGroup { Title = Sentence(2, 6, end: ""), Tasks = [.. tasks] }, new TaskGroup { Title = Sentence(2, 5, end: ""), Tasks = [Task(extra, 0)] }] : [],
                    Tasks = grouped ? [] : [.. tasks],
                },
            ],
        };
    }

    private PlanTask Task(bool extra, int depth) => new()
    {
        Text = Sentence(3, 15, end: ""),
        Product = random.Next(2) == 0 ? "Báo cáo" : null,
        Lead = Units[random.Next(Units.Length)],
        Support = random.Next(2) == 0 ? "Các cơ quan, đơn vị có liên quan" : null,
        Deadline = "Quý " + (random.Next(2) == 0 ? "I" : "III"),
        Extra = extra && random.Next(2) == 0 ? [new KeyValuePair<string, string>("Ghi chú", "Ưu tiên")] : [],
        Subtasks = depth == 0 && random.Next(3) == 0 ? [Task(extra, 1), Task(extra, 1)] : [],
    };

    private string WithFootnote(string sentence)
    {
        if (paragraphs++ % 3 != 0)
        {
            return sentence;
        }
        var space = sentence.IndexOf(' ');
        const string note = "^[Theo Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh (bản sửa đổi).]";
        return space < 0 ? sentence + note : sentence[..space] + note + sentence[space..];
    }

    private static string VietnameseCaseUpper(string text) => VietnameseCase.ToUpper(text);

    private string Sentence(int min, int max, string end)
    {
        var count = random.Next(min, max + 1);
        var words = Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        words[0] = VietnameseCase.CapitalizeFirst(words[0].TrimStart('“', '(', '<'));
        if (words[0].Length == 0 || !char.IsLetter(words[0][0]))
        {
            words[0] = "Tổ";
        }
        var text = string.Join(' ', words).TrimEnd(',', ';', '–', ' ');
        if (text.EndsWith('–'))
        {
            text = text.TrimEnd('–', ' ');
        }
        return text + end;
    }
}
