using Motorsport.ServiceDefaults;

namespace Motorsport.UnitTests.ServiceDefaults;

public sealed class CountryCodeAttributeTests
{
    [Theory]
    [InlineData("DE")]
    [InlineData("US")]
    [InlineData("AU")]
    [InlineData("GB")]
    [InlineData("SG")]
    public void Country_codes_pass(string code) => new CountryCodeAttribute().IsValid(code).ShouldBeTrue();

    [Theory]
    [InlineData("ZZ")]
    [InlineData("UK")]
    [InlineData("EU")]
    [InlineData("de")]
    [InlineData("DEU")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Codes_no_country_has_in_that_spelling_are_refused(string code) => new CountryCodeAttribute().IsValid(code).ShouldBeFalse();

    [Fact]
    public void A_missing_value_is_left_to_Required() => new CountryCodeAttribute().IsValid(null).ShouldBeTrue();
}
