using System.Globalization;
using System.Text.RegularExpressions;
using CcHc.Docs.Plans;

namespace CcHc.Docs.Import;

/// <summary>
/// Moves an imported plan to another year, as an office does with last year's file: the year in the title,
/// preamble, closing, headings, targets, deadlines and appendix titles becomes the new year; the number and
/// date are cleared, leaving a draft of the new year; a typed appendix caption is dropped so the computed one
/// follows the new letterhead. Every change is a note in the report.
/// </summary>
public static partial class YearShift
{
    /// <summary>The plan moved to <paramref name="year"/>, and the notes listing each change.</summary>
    public static (Plan Plan, IReadOnlyList<ImportNote> Changes) Apply(Plan plan, int year)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (year is < 1900 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A plan's year is between 1900 and 2200.");
        }
        var changes = new List<ImportNote>();
        var old = plan.Letterhead.IssueYear;
        if (old is null && TitleYear().Match(plan.Title.Summary) is { Success: true } fromTitle)
        {
            // No date or year in the letterhead (a text extraction): the title's "năm 2026" says which year to move.
            old = int.Parse(fromTitle.Groups["y"].Value, CultureInfo.InvariantCulture);
            changes.Add(new ImportNote(0, ImportNoteKind.Change, "letterhead.year", $"Kế hoạch không ghi ngày tháng; lấy năm {old} từ tên kế hoạch."));
        }
        if (old is null)
        {
            changes.Add(new ImportNote(0, ImportNoteKind.Change, "letterhead.year", $"Kế hoạch không ghi năm; chỉ đặt năm {year} cho dự thảo."));
        }
        string Move(string? text, string path)
        {
            if (text is null || old is null)
            {
                return text!;
            }
            var pattern = new Regex(@"(?<![\d/.-])" + old.Value.ToString(CultureInfo.InvariantCulture) + @"(?![\d/.-])", RegexOptions.None, TimeSpan.FromSeconds(1));
            var moved = pattern.Replace(text, year.ToString(CultureInfo.InvariantCulture));
            if (moved != text)
            {
                changes.Add(new ImportNote(0, ImportNoteKind.Change, path, $"Năm {old} → {year}: \"{Excerpt(moved)}\"."));
            }
            return moved;
        }

        var letterhead = plan.Letterhead with { Number = null, Date = null, Year = year };
        if (!plan.Letterhead.IsDraft || plan.Letterhead.Number is not null || plan.Letterhead.Date is not null)
        {
            changes.Add(new ImportNote(0, ImportNoteKind.Change, "letterhead", $"Bỏ số và ngày ({PlanText.NumberLine(plan.Letterhead)}, {PlanText.DateLine(plan.Letterhead)}): dự thảo năm {year}."));
        }
        var moved = plan with
        {
            Letterhead = letterhead,
            Title = plan.Title with { Summary = Move(plan.Title.Summary, "title.summary") },
            Preamble = plan.Preamble is null ? null : Move(plan.Preamble, "preamble"),
            Closing = plan.Closing is null ? null : plan.Closing with { Text = Move(plan.Closing.Text, "closing") },
            Sections = [.. plan.Sections.Select((s, i) => Section(s, $"sections[{i}]", Move))],
            Appendices = [.. plan.Appendices.Select((a, i) => Appendix(a, $"appendices[{i}]", Move, changes))],
        };
        return (moved, changes);
    }

    private static Section Section(Section section, string path, Func<string?, string, string> move) => section with
    {
        Title = section.Title is null ? null : move(section.Title, path + ".title"),
        Text = section.Text is null ? null : move(section.Text, path + ".text"),
        Targets = [.. section.Targets.Select((t, i) => t with { Text = move(t.Text, $"{path}.targets[{i}]") })],
        Content = [.. section.Content.Select((b, i) => b switch
        {
            SubsectionBlock sub => new SubsectionBlock(Section(sub.Section, $"{path}.content[{i}].section", move)),
            TaskBlock task => new TaskBlock(Task(task.Task, $"{path}.content[{i}].task", move)),
            _ => b,
        })],
    };

    private static PlanTask Task(PlanTask task, string path, Func<string?, string, string> move) => task with
    {
        Deadline = task.Deadline is null ? null : move(task.Deadline, path + ".deadline"),
        Subtasks = [.. task.Subtasks.Select((t, i) => Task(t, $"{path}.subtasks[{i}]", move))],
    };

    private static Appendix Appendix(Appendix appendix, string path, Func<string?, string, string> move, List<ImportNote> changes)
    {
        if (appendix.Caption is not null)
        {
            changes.Add(new ImportNote(0, ImportNoteKind.Change, path + ".caption", $"Bỏ dòng \"{Excerpt(appendix.Caption)}\": dòng kèm theo được tính lại từ kế hoạch mới."));
        }
        return appendix with
        {
            Caption = null,
            Title = move(appendix.Title, path + ".title"),
            Tables = [.. appendix.Tables.Select((t, ti) => t with
            {
                Tasks = [.. t.Tasks.Select((task, i) => Task(task, $"{path}.tables[{ti}].tasks[{i}]", move))],
                Groups = [.. t.Groups.Select((g, gi) => g with { Tasks = [.. g.Tasks.Select((task, i) => Task(task, $"{path}.tables[{ti}].groups[{gi}].tasks[{i}]", move))] })],
            })],
        };
    }

    [GeneratedRegex(@"năm (?<y>\d{4})")]
    private static partial Regex TitleYear();

    private static string Excerpt(string text) => text.Length <= 70 ? text : text[..67] + "…";
}
