using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using Motorsport.ServiceDefaults.Versions;

namespace Motorsport.UnitTests.ServiceDefaults;

public sealed class VersionPreconditionTests
{
    private const long Current = 5;

    [Fact]
    public void The_current_version_in_the_body_alone_may_change()
    {
        new VersionPrecondition(Current, StringValues.Empty).Refusal(Current).ShouldBeNull();
    }

    [Fact]
    public void A_stale_body_version_is_a_409_on_version_with_its_rule()
    {
        var refusal = new VersionPrecondition(4, StringValues.Empty).Refusal(Current);

        ShouldBeProblem(refusal, StatusCodes.Status409Conflict, "version", VersionPrecondition.StaleRule);
        refusal!.ProblemDetails.Detail.ShouldBe("Version 4 is stale; the current version is 5.");
    }

    [Theory]
    [InlineData("\"5\"")]
    [InlineData("\"3\", \"5\"")]
    [InlineData("*")]
    public void An_if_match_naming_the_current_version_may_change(string ifMatch)
    {
        new VersionPrecondition(Current, ifMatch).Refusal(Current).ShouldBeNull();
    }

    [Fact]
    public void If_match_sent_as_several_header_lines_matches_any_of_them()
    {
        new VersionPrecondition(Current, new StringValues(["\"4\"", "\"5\""])).Refusal(Current).ShouldBeNull();
    }

    [Theory]
    [InlineData("\"4\"")]
    [InlineData("\"4\", \"6\"")]
    [InlineData("W/\"5\"")] // If-Match compares strongly: a weak tag never matches
    [InlineData("\"five\"")]
    public void An_if_match_not_naming_the_current_version_is_a_412_on_the_header_with_its_rule(string ifMatch)
    {
        var refusal = new VersionPrecondition(Current, ifMatch).Refusal(Current);

        ShouldBeProblem(refusal, StatusCodes.Status412PreconditionFailed, "If-Match", VersionPrecondition.IfMatchRule);
        refusal!.ProblemDetails.Detail.ShouldNotBeNull().ShouldContain("\"5\"");
    }

    [Fact]
    public void A_stale_if_match_is_the_answer_even_when_the_body_version_is_stale_too()
    {
        ShouldBeProblem(new VersionPrecondition(4, "\"4\"").Refusal(Current), StatusCodes.Status412PreconditionFailed, "If-Match", VersionPrecondition.IfMatchRule);
    }

    [Fact]
    public void A_current_if_match_does_not_excuse_a_stale_body_version()
    {
        ShouldBeProblem(new VersionPrecondition(4, "\"5\"").Refusal(Current), StatusCodes.Status409Conflict, "version", VersionPrecondition.StaleRule);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("\"5")]
    [InlineData("\"5\" garbage")]
    [InlineData("")]
    public void A_malformed_if_match_is_a_400_on_the_header(string ifMatch)
    {
        var refusal = new VersionPrecondition(Current, ifMatch).Refusal(Current);

        refusal.ShouldNotBeNull();
        refusal.StatusCode.ShouldBe(StatusCodes.Status400BadRequest);
        Errors(refusal).Keys.ShouldBe(["If-Match"]);
        refusal.ProblemDetails.Extensions.ShouldNotContainKey("rule");
    }

    [Fact]
    public void The_etag_is_the_quoted_version_if_match_is_compared_with()
    {
        VersionPrecondition.ETag(12).ShouldBe("\"12\"");
        new VersionPrecondition(12, VersionPrecondition.ETag(12)).Refusal(12).ShouldBeNull();
    }

    [Fact]
    public void A_request_that_states_no_version_never_reaches_the_rule()
    {
        Should.Throw<InvalidOperationException>(() => VersionPrecondition.For(new Stated(null), StringValues.Empty));
        VersionPrecondition.For(new Stated(Current), StringValues.Empty).Refusal(Current).ShouldBeNull();
    }

    private sealed record Stated(long? Version) : IVersionedRequest;

    private static void ShouldBeProblem(ProblemHttpResult? refusal, int status, string field, string rule)
    {
        refusal.ShouldNotBeNull();
        refusal.StatusCode.ShouldBe(status);
        Errors(refusal).Keys.ShouldBe([field]);
        refusal.ProblemDetails.Extensions["rule"].ShouldBe(rule);
    }

    private static Dictionary<string, string[]> Errors(ProblemHttpResult problem) =>
        (Dictionary<string, string[]>)problem.ProblemDetails.Extensions["errors"]!;
}
