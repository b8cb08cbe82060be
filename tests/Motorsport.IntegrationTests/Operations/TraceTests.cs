using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Motorsport.IntegrationTests.Catalog;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Operations;

/// <summary>
/// What ops follow in the Aspire Dashboard: one change, one trace, from the gateway through the service, its database and
/// outbox, across the bus, into every service that consumes it. The request carries a traceparent of the test's own
/// making, so the test knows which trace to read back from the dashboard's API.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TraceTests(PlatformFixture platform)
{
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_car_model_created_through_the_gateway_is_one_trace_through_headquarters_and_every_region()
    {
        var traceId = await SendTracedAsync(platform.HeadquartersAdmin, "/api/hq/catalog/car-models", CarModelRequests.Gt3R(CarModelRequests.UniqueCode("TRACE")));
        string[] regions = [.. PlatformFixture.Regions.Select(region => $"regional-{region}")];

        var spans = await Eventually.Until(
            () => platform.Dashboard.TraceAsync(traceId),
            spans => ServedThroughTheGateway(spans, "headquarters") && regions.All(region => DatabaseWorkInConsumer(spans, region))
                && spans.Any(span => span.Service == "headquarters" && span.Name == "outbox publish"),
            Arrival,
            "every region's consumer and its database work in the request's trace");

        ShouldHaveServedThroughTheGateway(spans, "headquarters");
        spans.ShouldContain(span => span.Service == "headquarters" && span.Scope == "Npgsql", "headquarters' database work");
        var outboxPublish = spans.Single(span => span.Service == "headquarters" && span.Name == "outbox publish");
        SpanById(spans, outboxPublish.ParentSpanId).Service.ShouldBe("headquarters", "the relay publishes inside the request that wrote the row");
    }

    [Fact]
    public async Task A_regional_change_is_one_trace_from_the_gateway_into_headquarters_read_model()
    {
        var traceId = await SendTracedAsync(platform.RegionStaff("europe"), "/api/regions/europe/teams", new { name = RegionalApi.Unique("Traced Team"), country = "AT" });

        var spans = await Eventually.Until(
            () => platform.Dashboard.TraceAsync(traceId),
            spans => ServedThroughTheGateway(spans, "regional-europe") && DatabaseWorkInConsumer(spans, "headquarters")
                && spans.Any(span => span.Service == "regional-europe" && span.Name == "outbox publish"),
            Arrival,
            "headquarters' consumer writing its read model in the regional request's trace");

        ShouldHaveServedThroughTheGateway(spans, "regional-europe");
        spans.ShouldContain(span => span.Service == "regional-europe" && span.Name == "outbox publish");
    }

    /// <summary>Sends a request carrying a fresh trace context and returns the trace it started.</summary>
    private static async Task<ActivityTraceId> SendTracedAsync(HttpClient client, string path, object body)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return traceId;
    }

    /// <summary>A consume span of <paramref name="service"/> with a database span beneath it: the message was handled and stored.</summary>
    private static bool DatabaseWorkInConsumer(IReadOnlyList<TraceSpan> spans, string service) =>
        spans.Where(span => span.Service == service && span.Kind == TraceSpan.Consumer)
            .Any(consume => spans.Any(span => span.Service == service && span.Scope == "Npgsql" && Descends(spans, span, consume)));

    /// <summary>Each service exports its spans in batches of its own, so the request's spans may arrive after the consumers'.</summary>
    private static bool ServedThroughTheGateway(IReadOnlyList<TraceSpan> spans, string service) =>
        spans.Any(span => span.Service == "gateway" && span.Kind == TraceSpan.Server)
        && spans.Any(span => span.Service == service && span.Kind == TraceSpan.Server);

    private static void ShouldHaveServedThroughTheGateway(IReadOnlyList<TraceSpan> spans, string service)
    {
        spans.ShouldContain(span => span.Service == "gateway" && span.Kind == TraceSpan.Server, "the gateway's request span");
        var served = spans.Single(span => span.Service == service && span.Kind == TraceSpan.Server);
        Descends(spans, served, spans.First(span => span.Service == "gateway" && span.Kind == TraceSpan.Server))
            .ShouldBeTrue($"{service}'s request span continues the gateway's");
    }

    private static bool Descends(IReadOnlyList<TraceSpan> spans, TraceSpan span, TraceSpan ancestor)
    {
        for (var current = span; current.ParentSpanId is { Length: > 0 } parent;)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            var next = spans.FirstOrDefault(candidate => candidate.SpanId == parent);
            if (next is null)
            {
                return false;
            }

            current = next;
        }

        return false;
    }

    private static TraceSpan SpanById(IReadOnlyList<TraceSpan> spans, string? spanId) =>
        spans.SingleOrDefault(span => span.SpanId == spanId) ?? throw new ShouldAssertException($"no span {spanId} in the trace");
}
