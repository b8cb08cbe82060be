using Motorsport.Contracts.Catalog;
using Motorsport.Regional.Teams;
using Motorsport.Regional.Training;

namespace Motorsport.UnitTests.Training;

public sealed class CertificateValidityTests
{
    [Theory]
    [InlineData("2026-03-15", 24, "2028-03-15")]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")]
    [InlineData("2026-08-31", 6, "2027-02-28")]
    [InlineData("2026-05-31", 1, "2026-06-30")]
    [InlineData("2028-02-29", 12, "2029-02-28")]
    [InlineData("2028-02-29", 48, "2032-02-29")]
    [InlineData("2026-12-15", 1, "2027-01-15")]
    [InlineData("2026-02-28", 12, "2027-02-28")]
    public void Expiry_is_the_validity_in_months_after_the_pass_clamped_to_the_month_end(string passedOn, int months, string expected) =>
        CertificateValidity.ExpiresOn(DateOnly.Parse(passedOn), months).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    public void A_validity_of_less_than_a_month_is_refused(int months) =>
        Should.Throw<ArgumentOutOfRangeException>(() => CertificateValidity.ExpiresOn(new DateOnly(2026, 3, 15), months));

    [Theory]
    [InlineData("2026-03-14", false)]
    [InlineData("2026-03-15", true)]
    [InlineData("2027-03-14", true)]
    [InlineData("2027-03-15", false)]
    public void A_certificate_counts_from_the_pass_until_the_day_before_expiry(string day, bool valid) =>
        CertificateValidity.IsValidOn(new DateOnly(2026, 3, 15), new DateOnly(2027, 3, 15), DateOnly.Parse(day)).ShouldBe(valid);

    [Theory]
    [InlineData("2026-03-14", CertificateStanding.NotYetValid)]
    [InlineData("2026-03-15", CertificateStanding.Valid)]
    [InlineData("2027-02-12", CertificateStanding.Valid)]
    [InlineData("2027-02-13", CertificateStanding.ExpiringSoon)]
    [InlineData("2027-03-14", CertificateStanding.ExpiringSoon)]
    [InlineData("2027-03-15", CertificateStanding.Expired)]
    [InlineData("2030-01-01", CertificateStanding.Expired)]
    public void Expiring_soon_means_valid_and_expiring_within_the_given_days(string day, CertificateStanding standing) =>
        CertificateValidity.StandingOn(new DateOnly(2026, 3, 15), new DateOnly(2027, 3, 15), DateOnly.Parse(day), soonDays: 30).ShouldBe(standing);

    [Fact]
    public void With_no_warning_period_a_certificate_is_valid_up_to_its_last_day() =>
        CertificateValidity.StandingOn(new DateOnly(2026, 3, 15), new DateOnly(2027, 3, 15), new DateOnly(2027, 3, 14), soonDays: 0).ShouldBe(CertificateStanding.Valid);

    [Fact]
    public void The_warning_period_counts_days_across_a_leap_february()
    {
        var expiresOn = new DateOnly(2028, 3, 1);

        // 29 February makes 31 January exactly 30 days before 1 March, one day earlier than in a common year.
        CertificateValidity.StandingOn(new DateOnly(2027, 3, 1), expiresOn, new DateOnly(2028, 1, 30), soonDays: 30).ShouldBe(CertificateStanding.Valid);
        CertificateValidity.StandingOn(new DateOnly(2027, 3, 1), expiresOn, new DateOnly(2028, 1, 31), soonDays: 30).ShouldBe(CertificateStanding.ExpiringSoon);
    }

    [Fact]
    public void A_renewal_replaces_the_older_certificate_of_the_same_person_role_and_model_and_nothing_else()
    {
        var mechanic = Guid.NewGuid();
        var engineer = Guid.NewGuid();
        var first = Certificate(mechanic, CrewRole.Mechanic, "992-GT3-CUP", expiresOn: new DateOnly(2027, 1, 10));
        var renewal = Certificate(mechanic, CrewRole.Mechanic, "992-GT3-CUP", expiresOn: new DateOnly(2028, 12, 5));
        var otherModel = Certificate(mechanic, CrewRole.Mechanic, "992-GT3-R", expiresOn: new DateOnly(2027, 2, 1));
        var colleague = Certificate(engineer, CrewRole.Engineer, "992-GT3-CUP", expiresOn: new DateOnly(2026, 12, 24));

        CertificateValidity.LongestLasting([renewal, colleague, first, otherModel])
            .ShouldBe([renewal, colleague, otherModel], ignoreOrder: true);
    }

    private static Certificate Certificate(Guid staffMemberId, CrewRole role, string carModelCode, DateOnly expiresOn) => new()
    {
        Id = Guid.NewGuid(),
        EnrolmentId = Guid.NewGuid(),
        TeamId = Guid.NewGuid(),
        StaffMemberId = staffMemberId,
        PersonName = "Crew member",
        Role = role,
        CarModelCode = carModelCode,
        CourseCode = $"{carModelCode}-{role}",
        PassedOn = expiresOn.AddMonths(-24),
        ExpiresOn = expiresOn,
    };
}
