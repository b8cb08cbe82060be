namespace Motorsport.ServiceDefaults;

/// <summary>The shape of every paged list answer: the services write it, the web app reads it.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);
