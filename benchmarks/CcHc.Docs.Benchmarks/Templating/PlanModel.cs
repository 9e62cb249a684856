namespace CcHc.Docs.Benchmarks.Templating;

/// <summary>The benchmark plan (plan-model-10x10.json) as plain .NET objects; members are exposed snake_cased.</summary>
public sealed class PlanModel
{
    public string Title { get; set; } = "";
    public string Code { get; set; } = "";
    public string Subject { get; set; } = "";
    public string DirectingBody { get; set; } = "";
    public string Province { get; set; } = "";
    public DateTime IssuedDate { get; set; }
    public AgencyModel Agency { get; set; } = new();
    public SignerModel Signer { get; set; } = new();
    public string CoordinatingOffice { get; set; } = "";
    public string FinanceDepartment { get; set; } = "";
    public string ReportEmail { get; set; } = "";
    public int ReportDay { get; set; }
    public int TaskCount { get; set; }
    public long TotalBudget { get; set; }
    public List<string> LegalBases { get; set; } = new();
    public List<string> Purposes { get; set; } = new();
    public List<string> Requirements { get; set; } = new();
    public List<string> Recipients { get; set; } = new();
    public List<SectionModel> Sections { get; set; } = new();
}

public sealed class AgencyModel
{
    public string ParentName { get; set; } = "";
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
}

public sealed class SignerModel
{
    public string Name { get; set; } = "";
    public string Position { get; set; } = "";
    public string PrincipalTitle { get; set; } = "";
    public bool IsDeputy { get; set; }
}

public sealed class SectionModel
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string LeadUnit { get; set; } = "";
    public List<ItemModel> Items { get; set; } = new();
}

public sealed class ItemModel
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string LeadUnit { get; set; } = "";
    public List<string> CooperatingUnits { get; set; } = new();
    public DateTime Deadline { get; set; }
    public string Status { get; set; } = "";
    public long Budget { get; set; }
    public string FundingSource { get; set; } = "";
    public bool IsPriority { get; set; }
}
