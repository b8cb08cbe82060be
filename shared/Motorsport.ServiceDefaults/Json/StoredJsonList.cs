using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Motorsport.ServiceDefaults.Json;

/// <summary>
/// A list a service keeps as JSON and answers as it is stored. A view that is mostly such a list (headquarters' standings:
/// every season's tables, row by row and round by round) spent most of its time reading the JSON into objects only to
/// write the same JSON out again. Read in-process (tests, a rule), it reads the JSON once.
/// </summary>
public sealed class StoredJsonList<T>(string json, JsonSerializerOptions options) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> items = new(() => JsonSerializer.Deserialize<IReadOnlyList<T>>(json, options) ?? []);

    /// <summary>JSON the service wrote itself from a <typeparamref name="T"/> list; never text a client sent.</summary>
    public string Json => json;

    public int Count => items.Value.Count;

    public T this[int index] => items.Value[index];

    public IEnumerator<T> GetEnumerator() => items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// For a property that may hold a <see cref="StoredJsonList{T}"/>: writes its JSON as it is, any other list item by item.
/// The API document shows the property as the array of <typeparamref name="T"/> it is (<see cref="OpenApi.ConverterSchemas"/>).
/// </summary>
public sealed class StoredJsonListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<T>>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        if (value is StoredJsonList<T> stored)
        {
            // The service serialised it from typed values itself, so it is valid JSON; checking it again would cost a second read.
            writer.WriteRawValue(stored.Json, skipInputValidation: true);
        }
        else
        {
            JsonSerializer.Serialize<IEnumerable<T>>(writer, value, options);
        }
    }
}
