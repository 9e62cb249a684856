using CcHc.Docs.Plans;

namespace CcHc.Docs.Tests.Serialization;

/// <summary>Plans built in C# for the serialization tests.</summary>
internal static class SamplePlans
{
    /// <summary>A small but complete plan: letterhead, title, one base, sections with blocks, closing, signature.</summary>
    public static Plan Small => new()
    {
        Letterhead = new Letterhead
        {
            Issuer = "Ủy ban nhân dân xã Vĩnh Phong",
            Number = 78,
            Place = "Vĩnh Phong",
            Date = new DateOnly(2026, 3, 20),
        },
        Title = new DocumentTitle { Summary = "Nâng cao Chỉ số PAR Index, SIPAS, PAPI năm 2026" },
        Bases =
        [
            new CitedDocument
            {
                Kind = "Kế hoạch",
                Number = "112/KH-UBND",
                Date = new DateOnly(2025, 12, 31),
                Issuer = "Ủy ban nhân dân xã Vĩnh Phong",
            },
        ],
        Sections =
        [
            new Section
            {
                Kind = SectionKind.Purpose,
                Content =
                [
                    new SubsectionBlock(new Section
                    {
                        Title = "Mục đích",
                        Content = [new BulletBlock("Nâng cao tinh thần trách nhiệm của người đứng đầu.")],
                    }),
                ],
            },
            new Section
            {
                Kind = SectionKind.Implementation,
                Content =
                [
                    new SubsectionBlock(new Section { Unit = "Công an xã", Content = [new ParagraphBlock("Phải đảm bảo dữ liệu dân cư.")] }),
                ],
            },
        ],
        Closing = new Closing { Text = "Trên đây là Kế hoạch của UBND xã Vĩnh Phong." },
        Recipients = ["UBND tỉnh", "Sở Nội vụ"],
        Archive = ["VT", "ttcloan"],
        Signature = new Signature
        {
            Authority = [AuthorityLine.Parse("KT. CHỦ TỊCH")],
            Position = "PHÓ CHỦ TỊCH",
            Name = "Châu Ngọc Cẩn",
        },
    };

    /// <summary>The YAML of <see cref="Small"/>, written by hand from the format description.</summary>
    public const string SmallYaml = """
        letterhead:
          issuer: Ủy ban nhân dân xã Vĩnh Phong
          number: 78
          place: Vĩnh Phong
          date: 2026-03-20
        title:
          summary: Nâng cao Chỉ số PAR Index, SIPAS, PAPI năm 2026
        bases:
          - kind: Kế hoạch
            number: 112/KH-UBND
            date: 2025-12-31
            issuer: Ủy ban nhân dân xã Vĩnh Phong
        sections:
          - kind: purpose
            content:
              - section:
                  title: Mục đích
                  content:
                    - bullet: Nâng cao tinh thần trách nhiệm của người đứng đầu.
          - kind: implementation
            content:
              - section:
                  unit: Công an xã
                  content:
                    - paragraph: Phải đảm bảo dữ liệu dân cư.
        closing: Trên đây là Kế hoạch của UBND xã Vĩnh Phong.
        recipients:
          - UBND tỉnh
          - Sở Nội vụ
        archive:
          - VT
          - ttcloan
        signature:
          authority:
            - KT. CHỦ TỊCH
          position: PHÓ CHỦ TỊCH
          name: Châu Ngọc Cẩn

        """;

    /// <summary>A plan in which every property of every model type holds a value other than its default.</summary>
    public static Plan Full
    {
        get
        {
            var task = new PlanTask
            {
                Text = "Kiểm tra công tác cải cách hành chính",
                Product = "Kế hoạch, báo cáo",
                Lead = "Phòng Văn hóa - Xã hội",
                Support = "Các cơ quan, đơn vị có liên quan",
                Deadline = "Quý I",
                Supervisor = "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                Funding = "Ngân sách xã",
                Note = "Trọng tâm",
                Details = new TaskDetails { Form = TaskDetailForm.Inline, Marker = TaskDetailMarker.None },
                Extra = [KeyValuePair.Create("ghi_chu", "Ghi chú: trọng tâm"), KeyValuePair.Create("Kinh phí", "10")],
                Subtasks = [new PlanTask { Text = "Xây dựng KH kiểm tra", Deadline = "Quý I" }],
            };
            var inner = new Section
            {
                Kind = SectionKind.Targets,
                Title = "Mục tiêu",
                Label = "- a)",
                Unit = "Phòng Kinh tế",
                Text = "Phấn đấu đạt các chỉ tiêu",
                Targets = [new Target { Text = "Tốc độ tăng trưởng đạt 11,4%", Figures = [new Figure(11.4m, "%"), new Figure(1400)] }],
                SeeAppendix = new AppendixReference { Appendix = 1, Text = "Chi tiết tại Phụ lục I", Placement = AppendixReferencePlacement.Line },
                Content =
                [
                    new ParagraphBlock("Đoạn văn"),
                    new BulletBlock("Gạch đầu dòng"),
                    new BulletBlock("Dấu cộng", BulletStyle.Plus),
                    new TaskBlock(task),
                    new SubsectionBlock(new Section()),
                ],
            };
            return new Plan
            {
                Numbering = NumberingScheme.Decimal,
                TaskDetails = new TaskDetails { Form = TaskDetailForm.Lines, Marker = TaskDetailMarker.Star, ItalicLabels = true },
                Letterhead = new Letterhead
                {
                    ParentBody = "UBND TỈNH AN GIANG",
                    Issuer = "Ủy ban nhân dân xã Vĩnh Phong",
                    IssuerLines = ["ỦY BAN NHÂN DÂN", "XÃ VĨNH PHONG"],
                    Number = 78,
                    Symbol = "KH-VP",
                    Place = "Vĩnh Phong",
                    Date = new DateOnly(2026, 3, 20),
                    Year = 2026,
                },
                Title = new DocumentTitle { Kind = "Chương trình", Summary = "Dòng một\nDòng hai" },
                Bases = [new CitedDocument { Kind = "Luật", Number = "1/2025/QH15", Date = new DateOnly(2025, 1, 2), Issuer = "Quốc hội", Subject = "về tổ chức", Text = "Căn cứ Luật;", JoinNext = CitationJoin.SameParagraph }],
                Implementing = [new CitedDocument { Kind = "Kế hoạch", Number = "225/KH-UBND" }],
                Preamble = "Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
                Sections = [new Section { Kind = SectionKind.Tasks, Content = [new SubsectionBlock(inner)] }],
                Closing = new Closing { Text = "Trên đây là Kế hoạch./.", EndMark = false },
                Recipients = ["UBND tỉnh"],
                Archive = ["VT"],
                Signature = new Signature
                {
                    Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN"), AuthorityLine.Parse("KT. CHỦ TỊCH")],
                    Position = "PHÓ CHỦ TỊCH",
                    Name = "Dương Thị Cẩm Linh",
                },
                Appendices =
                [
                    new Appendix
                    {
                        Label = "Phụ lục 1",
                        Title = "NHIỆM VỤ, GIẢI PHÁP",
                        Caption = "(Kèm theo Kế hoạch số 78/KH-UBND)",
                        Orientation = PageOrientation.Portrait,
                        Tables =
                        [
                            new AppendixTable
                            {
                                Title = "Bảng 1",
                                ColumnNumbers = true,
                                Columns =
                                [
                                    new TableColumn { Field = ColumnField.Number, Header = "STT", Width = 12.5m },
                                    new TableColumn { Field = ColumnField.Extra, Header = "Kinh phí", Key = "Kinh phí" },
                                ],
                                Groups = [new TaskGroup { Title = "Công tác chỉ đạo điều hành CCHC", Tasks = [task] }],
                                Tasks = [new PlanTask { Text = "Ngoài nhóm" }],
                            },
                        ],
                    },
                ],
            };
        }
    }
}
