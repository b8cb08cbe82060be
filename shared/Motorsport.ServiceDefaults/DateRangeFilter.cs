using Microsoft.AspNetCore.Http.HttpResults;

namespace Motorsport.ServiceDefaults;

/// <summary>The <c>from</c> and <c>to</c> query parameters of a list filtered by dates.</summary>
public static class DateRangeFilter
{
    /// <summary>
    /// A range that ends before it starts is a client mistake (swapped dates), not a question with an empty answer: an overlap
    /// filter would even still match items long enough to span both dates.
    /// </summary>
    public static ValidationProblem? Inverted(DateOnly? from, DateOnly? to) =>
        from > to ? ApiProblem.Invalid("to", "must be on or after from") : null;
}
