namespace CcHc.Docs.Plans;

/// <summary>How a body task prints its chủ trì, phối hợp, giám sát, thời gian, sản phẩm and kinh phí.</summary>
public enum TaskDetailForm
{
    /// <summary>In parentheses after the task: "… (chủ trì: …; phối hợp: …; thời gian: …)".</summary>
    Inline,

    /// <summary>One line each under the task: "Cơ quan chủ trì: …", "Thời gian thực hiện: …".</summary>
    Lines,
}
