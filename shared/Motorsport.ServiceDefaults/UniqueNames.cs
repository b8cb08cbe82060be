using System.Globalization;
using System.Text;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// When two names are the same name to a person: compared after Unicode compatibility normalisation (NFKC: a full-width
/// "Ｋｏｗｌｏｏｎ" is "Kowloon"), ignoring case, white space and invisible format characters (a zero-width space), so
/// "Kowloon\u200bSpeed" cannot sit next to "Kowloon Speed". Every name that must be unique is compared by this key.
/// </summary>
public static class UniqueNames
{
    public static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    public static bool SameName(string left, string right) => Key(left) == Key(right);
}
