namespace Motorsport.WebApp.Api;

public static class Paging
{
    /// <summary>Rows per page on every paged list of the app.</summary>
    public const int PageSize = 25;

    /// <summary>The most a select list asks for in one call (the APIs' page limit).</summary>
    public const int ChoiceLimit = 200;

    /// <summary>A page of a list the API answers whole (headquarters' views), cut here so the page stays short.</summary>
    public static IReadOnlyList<T> PageOf<T>(IReadOnlyList<T> items, int page) => items.Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToList();
}
