namespace CcHc.Docs.Plans;

/// <summary>A number stated by a target, with its unit: 11.4 "%", 90 "triệu đồng/năm", 1400 "lượt".</summary>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit as written after the number, if any.</param>
public sealed record Figure(decimal Value, string? Unit = null);
