namespace CcHc.Docs.Tasks;

/// <summary>
/// A unit (cơ quan, đơn vị) as a plan wrote it and its grouping key: "Phòng VH-XH", "Phòng Văn hóa – Xã hội" and
/// "Phòng Văn hóa - Xã hội" share the key "phòng văn hóa - xã hội".
/// </summary>
/// <param name="Original">The name as written.</param>
/// <param name="Key">The normalised name units are grouped and looked up by (see <see cref="UnitNames.Key"/>).</param>
public sealed record UnitName(string Original, string Key)
{
    /// <summary>The unit <paramref name="name"/> with its key.</summary>
    public static UnitName Of(string name) => new(name.Trim(), UnitNames.Key(name));

    /// <inheritdoc/>
    public override string ToString() => Original;
}
