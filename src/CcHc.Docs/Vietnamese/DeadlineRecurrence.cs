namespace CcHc.Docs.Vietnamese;

/// <summary>How often a deadline comes back: "hằng tháng", "hằng quý", "định kỳ 6 tháng", "hằng năm".</summary>
public enum DeadlineRecurrence
{
    /// <summary>Due once (or at the listed milestones).</summary>
    None,

    /// <summary>"Hằng tháng": due at the end of every month.</summary>
    Monthly,

    /// <summary>"Hằng quý": due at the end of every quarter.</summary>
    Quarterly,

    /// <summary>"Định kỳ 6 tháng": due at the end of each half-year.</summary>
    HalfYearly,

    /// <summary>"Hằng năm": due at the end of every year.</summary>
    Yearly,
}
