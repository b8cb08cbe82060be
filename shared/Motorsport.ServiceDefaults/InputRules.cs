using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// A calendar date a person could mean: 1950 to 2100. Dates outside it are typing mistakes, and year 1 or 9999 break
/// time-zone arithmetic downstream (a local midnight in year 1 east of UTC is before the first representable instant).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlausibleDateAttribute() : ValidationAttribute($"must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}")
{
    public static readonly DateOnly Earliest = new(1950, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public override bool IsValid(object? value) => value is not DateOnly date || (date >= Earliest && date <= Latest);

    public override string FormatErrorMessage(string name) => $"{name} {ErrorMessageString}";
}

/// <summary>
/// A list (or a dictionary's values) without null items. The validator walks into the items of a list but skips a null one,
/// which the handler would then dereference; <c>[{"code":"Pro"}, null]</c> is a client mistake, not a 500.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NoNullItemsAttribute() : ValidationAttribute("must not contain null items")
{
    public override bool IsValid(object? value) => value switch
    {
        IDictionary dictionary => dictionary.Values.Cast<object?>().All(item => item is not null),
        IEnumerable items and not string => items.Cast<object?>().All(item => item is not null),
        _ => true,
    };

    public override string FormatErrorMessage(string name) => $"{name} {ErrorMessageString}";
}

/// <summary>
/// An ISO 3166-1 alpha-2 country code in capitals (DE, US, AU). The list comes from the runtime's ICU region data, so a
/// well-formed code no country has (ZZ, UK, EU) is refused rather than stored and shown as an unknown country.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CountryCodeAttribute() : ValidationAttribute("must be an ISO 3166-1 alpha-2 code in capitals, e.g. DE")
{
    public override bool IsValid(object? value) => value is not string code || IsCountry(code);

    public override string FormatErrorMessage(string name) => $"{name} {ErrorMessageString}";

    private static bool IsCountry(string code)
    {
        // RegionInfo also takes lower case and culture names; only the two capitals of the standard are meant here.
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>
/// Every string read from a request body: control characters (other than tab and line breaks) are refused. They are never
/// meant, PostgreSQL refuses to store NUL, and a NUL accepted at headquarters would fail at every region it is sent to.
/// Bidirectional controls are refused too: they make a name display as another one ("Trojan Source").
/// </summary>
internal sealed class NoControlCharactersConverter : JsonConverter<string>
{
    public const string Rule = "must not contain control characters";

    public const string BidiRule = "must not contain bidirectional control characters";

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // Dictionary keys (a scoring table's session types) are strings from the client too.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? Checked(string? value) =>
        value is null ? null
        : HasControlCharacters(value) ? throw new JsonException(Rule)
        : value.Any(IsBidiControl) ? throw new JsonException(BidiRule)
        : value;

    public static bool HasControlCharacters(string value) => value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    // Arabic letter mark, left/right-to-left marks, embeddings and overrides, isolates.
    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
