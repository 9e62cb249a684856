using System.Globalization;

namespace CcHc.Docs.Validation.Layout;

/// <summary>Twips to millimetres for messages.</summary>
internal static class Units
{
    public static string Millimetres(long twips) => (twips * 25.4m / 1440m).ToString("0.#", CultureInfo.InvariantCulture);
}
