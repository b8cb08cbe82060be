namespace Motorsport.IntegrationTests.Catalog;

internal static class CarModelRequests
{
    /// <summary>A 911 GT3 R under a code unique to the test, so tests sharing the platform never collide.</summary>
    public static object Gt3R(string code, string name = "911 GT3 R") => new
    {
        code,
        name,
        category = "GT3",
        generation = "992",
        modelYear = 2023,
        engine = "4.2 l flat-six",
        powerKw = 416,
        homologationValidUntil = "2029-12-31",
    };

    public static string UniqueCode(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";
}
