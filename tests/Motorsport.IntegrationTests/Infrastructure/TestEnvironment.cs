namespace Motorsport.IntegrationTests.Infrastructure;

/// <summary>
/// The real PostgreSQL and RabbitMQ that './platform.sh test' starts. Missing settings fail the tests instead of skipping
/// them: a run without the real parts proves nothing.
/// </summary>
public static class TestEnvironment
{
    public static string PostgresServer => Required("MOTORSPORT_TEST_POSTGRES");

    public static Uri RabbitMq => new(Required("MOTORSPORT_TEST_RABBITMQ"));

    public static string RabbitMqVirtualHost => Uri.UnescapeDataString(RabbitMq.AbsolutePath.TrimStart('/')) is { Length: > 0 } vhost ? vhost : "/";

    /// <summary>The OpenAPI linter's executable, installed by './platform.sh test' (see tools/openapi-lint).</summary>
    public static string OpenApiLinter => Required("MOTORSPORT_TEST_OPENAPI_LINTER");

    public static string Configuration => Environment.GetEnvironmentVariable("MOTORSPORT_TEST_CONFIGURATION") ?? "Release";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A bounded pool per service: six services share one server, and a busy one should wait for a connection, not exhaust it.</summary>
    public static string PostgresDatabase(string database) => $"{PostgresServer};Database={database};Maximum Pool Size=30";

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with './platform.sh test', which starts PostgreSQL and RabbitMQ.");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Motorsport.Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Motorsport.Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
