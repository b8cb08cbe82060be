using Motorsport.ServiceDefaults.Security;

namespace Motorsport.UnitTests.ServiceDefaults;

public sealed class DevelopmentTokenRulesTests
{
    private static readonly string[] Configured = ["europe", "us", "asia-pacific"];

    [Theory]
    [InlineData(Roles.HeadquartersAdmin, null)]
    [InlineData(Roles.HeadquartersAnalyst, null)]
    [InlineData(Roles.Operations, null)]
    [InlineData(Roles.RegionStaff, "europe")]
    [InlineData(Roles.RegionStaff, "asia-pacific")]
    public void A_role_of_the_platform_with_a_configured_region_where_it_needs_one_is_signed(string role, string? region) =>
        DevelopmentTokenRules.Refusal(role, region, 480, Configured).ShouldBeNull();

    [Theory]
    [InlineData("root")]
    [InlineData("HQ-ADMIN")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_role_is_refused_naming_the_roles(string? role) =>
        DevelopmentTokenRules.Refusal(role, null, 480, Configured)
            .ShouldBe($"unknown role '{role}' (roles: hq-admin, hq-analyst, region-staff, ops)");

    [Theory]
    [InlineData(Roles.RegionStaff, "mars")]
    [InlineData(Roles.RegionStaff, "Europe")]
    [InlineData(Roles.Operations, "middle-east")]
    public void A_region_the_platform_is_not_configured_with_is_refused_naming_the_configured_ones(string role, string region) =>
        DevelopmentTokenRules.Refusal(role, region, 480, Configured)
            .ShouldBe($"unknown region '{region}' (configured: europe, us, asia-pacific)");

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Region_staff_need_a_region(string? region) =>
        DevelopmentTokenRules.Refusal(Roles.RegionStaff, region, 480, Configured)
            .ShouldBe("a region-staff token needs a region (configured: europe, us, asia-pacific)");

    [Fact]
    public void Without_configured_regions_no_region_is_signed_for() =>
        DevelopmentTokenRules.Refusal(Roles.RegionStaff, "europe", 480, []).ShouldBe("unknown region 'europe' (configured: none)");

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_lifetime_that_is_not_positive_is_refused(int minutes) =>
        DevelopmentTokenRules.Refusal(Roles.HeadquartersAdmin, null, minutes, Configured)
            .ShouldBe($"the lifetime must be a positive number of minutes, not {minutes}");
}
