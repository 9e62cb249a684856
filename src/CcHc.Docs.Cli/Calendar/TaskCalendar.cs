using System.Text;
using CcHc.Docs.Plans;
using CcHc.Docs.Tasks;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CcHc.Docs.Cli.Calendar;

/// <summary>
/// The deadlines of a plan's tasks as an iCalendar file for Outlook, Google Calendar and Thunderbird: an all-day
/// event on each due date, one recurring event when the dates repeat at month ends every k months ("hằng quý",
/// "Quý I, 6 tháng, quý III và tổng kết năm"), the unit and the plan's number in the description. Continuous and
/// undated tasks have no event. Same tasks, same file: UIDs come from task ids and DTSTAMP from the plan's date.
/// </summary>
internal static class TaskCalendar
{
    public static string Write(Plan plan, IEnumerable<TaskItem> tasks)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//CcHc.Docs//cchc tasks//VI", Method = "PUBLISH" };
        var stampDay = plan.Letterhead.Date ?? new DateOnly(plan.Letterhead.IssueYear ?? 2000, 1, 1);
        var stamp = new CalDateTime(stampDay.Year, stampDay.Month, stampDay.Day, 0, 0, 0, CalDateTime.UtcTzId);
        var reference = plan.Letterhead.Number is null ? $"{plan.Title.Kind} (dự thảo)" : $"{plan.Title.Kind} số {PlanText.Reference(plan.Letterhead)}";
        foreach (var task in tasks)
        {
            if (task.Period is not { IsContinuous: false } period || period.Milestones.Count == 0)
            {
                continue;
            }
            var milestones = period.Milestones;
            if (milestones.Count == 1 || MonthEndStep(milestones) is not { } step)
            {
                for (var i = 0; i < milestones.Count; i++)
                {
                    calendar.Events.Add(Event(task, reference, stamp, milestones[i], milestones.Count == 1 ? "" : $"-{i + 1}", null));
                }
                continue;
            }
            var rule = new RecurrencePattern(Ical.Net.FrequencyType.Monthly, step) { Count = milestones.Count };
            rule.ByMonthDay.Add(-1);
            calendar.Events.Add(Event(task, reference, stamp, milestones[0], "", rule));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The UID of a task's event (or of its n-th date when they do not recur evenly).</summary>
    public static string Uid(string taskId, string suffix = "")
    {
        var safe = new StringBuilder();
        foreach (var c in taskId + suffix)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_');
        }
        return safe + "@cchc-docs";
    }

    private static CalendarEvent Event(TaskItem task, string reference, CalDateTime stamp, DateOnly day, string suffix, RecurrencePattern? rule)
    {
        var description = new StringBuilder()
            .Append("Nhiệm vụ: ").AppendLine(task.Text)
            .Append("Cơ quan chủ trì: ").AppendLine(task.Lead ?? "(chưa ghi)");
        if (task.Support is { } support)
        {
            description.Append("Cơ quan phối hợp: ").AppendLine(support);
        }
        if (task.Product is { } product)
        {
            description.Append("Sản phẩm: ").AppendLine(product);
        }
        description.Append("Thời gian thực hiện: ").AppendLine(task.Deadline)
            .Append(reference).Append(" — mã nhiệm vụ ").Append(task.Id);
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(task.Id, suffix),
            DtStamp = stamp,
            Summary = Summary(task),
            Description = description.ToString(),
            Start = new CalDateTime(day.Year, day.Month, day.Day),
            End = new CalDateTime(day.AddDays(1).Year, day.AddDays(1).Month, day.AddDays(1).Day),
        };
        calendarEvent.RecurrenceRule = rule;
        return calendarEvent;
    }

    /// <summary>"Hạn: Phòng Văn hóa - Xã hội — Xây dựng KH kiểm tra …", kept short for a calendar cell.</summary>
    public static string Summary(TaskItem task)
    {
        var text = string.Join(' ', task.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 100)
        {
            text = text[..100].TrimEnd() + "…";
        }
        return task.Lead is null ? $"Hạn: {text}" : $"Hạn: {task.Lead} — {text}";
    }

    /// <summary>k when every date is the last day of its month and they are k months apart; else null.</summary>
    private static int? MonthEndStep(IReadOnlyList<DateOnly> days)
    {
        if (days.Any(d => d.Day != DateTime.DaysInMonth(d.Year, d.Month)))
        {
            return null;
        }
        var months = days.Select(d => (d.Year * 12) + d.Month).ToList();
        var step = months[1] - months[0];
        return step > 0 && months.Zip(months.Skip(1)).All(p => p.Second - p.First == step) ? step : null;
    }
}
