namespace CcHc.Docs.Plans;

/// <summary>The well-known kinds of body section; each has a default heading.</summary>
public enum SectionKind
{
    /// <summary>A section whose heading the plan gives.</summary>
    Custom,

    /// <summary>MỤC ĐÍCH, YÊU CẦU.</summary>
    Purpose,

    /// <summary>MỤC TIÊU, CHỈ TIÊU.</summary>
    Targets,

    /// <summary>NHIỆM VỤ, GIẢI PHÁP.</summary>
    Tasks,

    /// <summary>KINH PHÍ THỰC HIỆN.</summary>
    Funding,

    /// <summary>CHẾ ĐỘ BÁO CÁO.</summary>
    Reporting,

    /// <summary>TỔ CHỨC THỰC HIỆN.</summary>
    Implementation,

    /// <summary>MỤC TIÊU (objectives without a separate list of chỉ tiêu).</summary>
    Objectives,

    /// <summary>CÁC CHỈ TIÊU CHỦ YẾU.</summary>
    KeyTargets,

    /// <summary>NỘI DUNG (the content of a plan, e.g. of a propaganda or inspection plan).</summary>
    Content,

    /// <summary>GIẢI PHÁP THỰC HIỆN.</summary>
    Solutions,
}
