using System.ComponentModel.DataAnnotations;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// Accepts only a name of <typeparamref name="TEnum"/> (any case), so an unknown value is a 400 that lists the allowed
/// ones instead of a JSON conversion failure that names no field.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class EnumValueAttribute<TEnum>() : ValidationAttribute($"must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}")
    where TEnum : struct, Enum
{
    public override bool IsValid(object? value) =>
        value is null || (value is string text && Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _));

    public override string FormatErrorMessage(string name) => $"{name} {ErrorMessageString}";
}
