using System.Globalization;
using System.Text;

namespace CcHc.Docs.Reports;

/// <summary>The Vietnamese words of <see cref="ProgressStatus"/>, both ways.</summary>
public static class ProgressStatuses
{
    private static readonly (ProgressStatus Status, string Text)[] Words =
    [
        (ProgressStatus.Completed, "Hoàn thành"),
        (ProgressStatus.InProgress, "Đang thực hiện"),
        (ProgressStatus.NotStarted, "Chưa thực hiện"),
        (ProgressStatus.Overdue, "Quá hạn"),
    ];

    /// <summary>The words every status is written with, in order.</summary>
    public static IReadOnlyList<string> All { get; } = Words.Select(w => w.Text).ToArray();

    /// <summary>"Hoàn thành" for <see cref="ProgressStatus.Completed"/>, and so on.</summary>
    public static string ToText(ProgressStatus status) => Words.Single(w => w.Status == status).Text;

    /// <summary>The status written as <paramref name="text"/> (any case, NFC or not), or null.</summary>
    public static ProgressStatus? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var key = text.Trim().Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        foreach (var (status, word) in Words)
        {
            if (word.ToLower(CultureInfo.InvariantCulture) == key)
            {
                return status;
            }
        }
        return null;
    }
}
