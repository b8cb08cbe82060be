namespace Motorsport.WebApp.Api;

public static class Paging
{
    /// <summary>Rows per page on every paged list of the app.</summary>
    public const int PageSize = 25;

    /// <summary>The most a select list asks for in one call (the APIs' page limit).</summary>
    public const int ChoiceLimit = 200;
}
