namespace CcHc.Docs.Tasks;

/// <summary>Where in the plan a task was written.</summary>
public enum TaskSource
{
    /// <summary>A task block in the body ("- … (chủ trì: …; thời gian: …)").</summary>
    Body,

    /// <summary>A bullet or paragraph under a body section that names a unit ("1. Phòng Văn hóa - Xã hội").</summary>
    Assignment,

    /// <summary>A row of an appendix table, or a subtask row under one.</summary>
    AppendixRow,
}
