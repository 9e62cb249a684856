namespace CcHc.Docs.Vietnamese;

/// <summary>
/// What <see cref="LegacyEncodingDetector.Detect"/> found: the suspected encoding, where its first sign is, and
/// how many signs there are.
/// </summary>
public sealed record LegacyEncodingDetection
{
    internal static readonly LegacyEncodingDetection NotFound = new(LegacyEncoding.None, -1, 0, 0, string.Empty, 0);

    internal LegacyEncodingDetection(LegacyEncoding encoding, int index, int line, int column, string word, int evidenceCount)
    {
        Encoding = encoding;
        Index = index;
        Line = line;
        Column = column;
        Word = word;
        EvidenceCount = evidenceCount;
    }

    /// <summary>The suspected encoding; <see cref="LegacyEncoding.None"/> when the text looks like Unicode.</summary>
    public LegacyEncoding Encoding { get; }

    /// <summary>True when a legacy encoding is suspected.</summary>
    public bool IsSuspected => Encoding != LegacyEncoding.None;

    /// <summary>Zero-based index of the first sign of <see cref="Encoding"/>; -1 when nothing was found.</summary>
    public int Index { get; }

    /// <summary>1-based line of the first sign; 0 when nothing was found.</summary>
    public int Line { get; }

    /// <summary>1-based column of the first sign; 0 when nothing was found.</summary>
    public int Column { get; }

    /// <summary>The word that holds the first sign, e.g. "ViÖt"; empty when nothing was found.</summary>
    public string Word { get; }

    /// <summary>How many signs of <see cref="Encoding"/> were found.</summary>
    public int EvidenceCount { get; }

    /// <summary>A message for the user, or an empty string when nothing was found.</summary>
    public string Message => Encoding switch
    {
        LegacyEncoding.Tcvn3 => $"Line {Line}, column {Column}: \"{Word}\" looks like text typed in the old TCVN3 (ABC, .Vn fonts) "
            + "encoding; convert it to Unicode (e.g. with Unikey's converter) and paste it again.",
        LegacyEncoding.Vni => $"Line {Line}, column {Column}: \"{Word}\" looks like text typed in the old VNI encoding "
            + "(VNI- fonts); convert it to Unicode (e.g. with Unikey's converter) and paste it again.",
        _ => string.Empty,
    };
}
