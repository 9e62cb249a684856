namespace CcHc.Docs.Plans;

/// <summary>How nested section labels are formed.</summary>
public enum NumberingScheme
{
    /// <summary>NĐ30 "mục, khoản, điểm": I., 1., a), then dashes.</summary>
    Nd30,

    /// <summary>Decimal practice of some provinces: I., 1., 1.1., 1.1.1.</summary>
    Decimal,
}
