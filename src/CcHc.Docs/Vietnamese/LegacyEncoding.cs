namespace CcHc.Docs.Vietnamese;

/// <summary>The pre-Unicode Vietnamese encodings that <see cref="LegacyEncodingDetector"/> recognises.</summary>
public enum LegacyEncoding
{
    /// <summary>No legacy encoding suspected.</summary>
    None,

    /// <summary>
    /// TCVN3 (TCVN 5712:1993 VN3, the ".Vn" fonts of the ABC keyboard): one byte per letter, so "Việt" appears
    /// as "ViÖt" and "Đ" as "§" when read as Latin-1.
    /// </summary>
    Tcvn3,

    /// <summary>
    /// VNI Windows (the "VNI-" fonts): a base letter followed by a mark byte, so "Việt" appears as "Vieät" and
    /// "đ" as "ñ".
    /// </summary>
    Vni,
}
