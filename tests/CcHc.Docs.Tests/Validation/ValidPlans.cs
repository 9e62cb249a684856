using CcHc.Docs.Plans;
using CcHc.Docs.Validation;
using CcHc.Docs.Validation.Rules;

namespace CcHc.Docs.Tests.Validation;

/// <summary>
/// A complete, correct Kế hoạch built in code (every part NĐ30 asks for, nothing the rules flag), and helpers to
/// run one rule on a variant of it.
/// </summary>
internal static class ValidPlans
{
    public static Plan Complete() => new()
    {
        Letterhead = new Letterhead
        {
            Issuer = "Ủy ban nhân dân xã Vĩnh Phong",
            Number = 78,
            Symbol = "KH-UBND",
            Place = "Vĩnh Phong",
            Date = new DateOnly(2026, 3, 20),
        },
        Title = new DocumentTitle { Summary = "Công tác cải cách hành chính năm 2026 trên địa bàn xã Vĩnh Phong" },
        Bases =
        [
            new CitedDocument
            {
                Kind = "Nghị định",
                Number = "118/2025/NĐ-CP",
                Date = new DateOnly(2025, 6, 9),
                Issuer = "Chính phủ",
                Subject = "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
            },
            new CitedDocument
            {
                Kind = "Kế hoạch",
                Number = "150/KH-UBND",
                Date = new DateOnly(2026, 3, 5),
                Issuer = "Ủy ban nhân dân tỉnh An Giang",
                Subject = "về công tác cải cách hành chính năm 2026",
            },
        ],
        Preamble = "Ủy ban nhân dân xã Vĩnh Phong ban hành Kế hoạch công tác cải cách hành chính năm 2026 như sau:",
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
                        Content = [new BulletBlock("Nâng cao chất lượng phục vụ người dân, doanh nghiệp của cơ quan hành chính nhà nước.")],
                    }),
                    new SubsectionBlock(new Section
                    {
                        Title = "Yêu cầu",
                        Content = [new BulletBlock("Các nhiệm vụ có sản phẩm cụ thể, rõ người, rõ việc, rõ thời gian.")],
                    }),
                ],
            },
            new Section
            {
                Kind = SectionKind.Targets,
                Text = "Phấn đấu đạt các chỉ tiêu về cải cách hành chính",
                Targets =
                [
                    new Target { Text = "Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 100%", Figures = [new Figure(100, "%")] },
                    new Target { Text = "Giải quyết việc làm cho 1.400 lượt lao động, trong đó 26,5% là lao động nữ", Figures = [new Figure(1400, "lượt"), new Figure(26.5m, "%")] },
                ],
            },
            new Section
            {
                Kind = SectionKind.Tasks,
                SeeAppendix = new AppendixReference { Appendix = 1 },
                Content =
                [
                    new TaskBlock(new PlanTask
                    {
                        Text = "Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền của xã",
                        Lead = "Trung tâm Phục vụ hành chính công",
                        Support = "Phòng Văn hóa - Xã hội",
                        Deadline = "Quý II năm 2026",
                    }),
                ],
            },
            new Section
            {
                Kind = SectionKind.Implementation,
                Content =
                [
                    new SubsectionBlock(new Section
                    {
                        Unit = "Phòng Văn hóa - Xã hội",
                        Content = [new BulletBlock("Theo dõi, đôn đốc thực hiện Kế hoạch này; báo cáo Chủ tịch Ủy ban nhân dân xã hằng quý.")],
                    }),
                ],
            },
        ],
        Closing = new Closing { Text = "Trên đây là Kế hoạch công tác cải cách hành chính năm 2026 của Ủy ban nhân dân xã Vĩnh Phong." },
        Recipients = ["Sở Nội vụ", "CT, các PCT UBND xã", "Các cơ quan, đơn vị thuộc xã"],
        Archive = ["VT", "VHXH"],
        Signature = new Signature
        {
            Authority = [AuthorityLine.Parse("TM. ỦY BAN NHÂN DÂN"), AuthorityLine.Parse("KT. CHỦ TỊCH")],
            Position = "PHÓ CHỦ TỊCH",
            Name = "Nguyễn Văn An",
        },
        Appendices =
        [
            new Appendix
            {
                Title = "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA XÃ VĨNH PHONG",
                Tables =
                [
                    new AppendixTable
                    {
                        Groups =
                        [
                            new TaskGroup
                            {
                                Title = "Cải cách thủ tục hành chính",
                                Tasks =
                                [
                                    new PlanTask
                                    {
                                        Text = "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia",
                                        Product = "Danh mục thủ tục hành chính",
                                        Lead = "Trung tâm Phục vụ hành chính công",
                                        Support = "Các cơ quan, đơn vị có liên quan",
                                        Deadline = "Thường xuyên",
                                    },
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
    };

    /// <summary>The built-in rule with <paramref name="code"/>.</summary>
    public static IPlanRule Rule(string code) =>
        RuleCatalogue.Create().OfType<PlanRule>().Single(r => r.Code == code);

    /// <summary>What the rule with <paramref name="code"/> reports on <paramref name="plan"/>, as "code path" lines.</summary>
    public static IReadOnlyList<string> Run(string code, Plan plan) =>
        new PlanValidator([Rule(code)]).Check(plan).Diagnostics.Select(d => $"{d.Code} {d.Path}").ToList();

    /// <summary>Replaces the top-level section at <paramref name="index"/>.</summary>
    public static Plan WithSection(this Plan plan, int index, Section section) =>
        plan with { Sections = new(plan.Sections.Select((s, i) => i == index ? section : s)) };

    /// <summary>Replaces the first appendix.</summary>
    public static Plan WithAppendix(this Plan plan, Func<Appendix, Appendix> change) =>
        plan with { Appendices = new(plan.Appendices.Select((a, i) => i == 0 ? change(a) : a)) };

    /// <summary>Replaces the text of the first bullet of the purpose section's first subsection.</summary>
    public static Plan WithBullet(this Plan plan, string text)
    {
        var purpose = plan.Sections[0];
        var first = ((SubsectionBlock)purpose.Content[0]).Section with { Content = [new BulletBlock(text)] };
        return plan.WithSection(0, purpose with { Content = new([new SubsectionBlock(first), .. purpose.Content.Skip(1)]) });
    }

    /// <summary>The path of the bullet <see cref="WithBullet"/> sets.</summary>
    public const string BulletPath = "sections[0].content[0].section.content[0].bullet";

    /// <summary>Replaces the task of the first appendix row.</summary>
    public static Plan WithAppendixTask(this Plan plan, Func<PlanTask, PlanTask> change) =>
        plan.WithAppendix(a => a with
        {
            Tables = [a.Tables[0] with { Groups = [a.Tables[0].Groups[0] with { Tasks = [change(a.Tables[0].Groups[0].Tasks[0])] }] }],
        });

    /// <summary>The path of the task <see cref="WithAppendixTask"/> changes.</summary>
    public const string AppendixTaskPath = "appendices[0].tables[0].groups[0].tasks[0]";
}
