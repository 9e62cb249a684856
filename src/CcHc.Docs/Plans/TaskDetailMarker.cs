namespace CcHc.Docs.Plans;

/// <summary>What starts each task detail line (<see cref="TaskDetailForm.Lines"/>).</summary>
public enum TaskDetailMarker
{
    /// <summary>"- Cơ quan chủ trì: …".</summary>
    Dash,

    /// <summary>"* Cơ quan chủ trì: …".</summary>
    Star,

    /// <summary>"Cơ quan chủ trì: …", a plain paragraph.</summary>
    None,
}
