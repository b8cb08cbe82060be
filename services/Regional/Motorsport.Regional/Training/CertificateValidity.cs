namespace Motorsport.Regional.Training;

/// <summary>How a certificate stands on a given day.</summary>
public enum CertificateStanding { NotYetValid, Valid, ExpiringSoon, Expired, Revoked }

/// <summary>
/// A certificate counts from the day its holder passed until the day before it expires: the expiry date is the first day
/// it no longer counts. It expires the course's validity in months after the pass, on the same day of the month, or on
/// the month's last day when that month is shorter (31 January + 1 month → 28 or 29 February).
/// </summary>
public static class CertificateValidity
{
    public static DateOnly ExpiresOn(DateOnly passedOn, int validityMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(validityMonths, 1);
        return passedOn.AddMonths(validityMonths);
    }

    public static bool IsValidOn(DateOnly passedOn, DateOnly expiresOn, DateOnly day) => passedOn <= day && day < expiresOn;

    /// <summary>Valid on <paramref name="day"/>, and "soon" when it expires within <paramref name="soonDays"/> days of it.</summary>
    public static CertificateStanding StandingOn(DateOnly passedOn, DateOnly expiresOn, DateOnly day, int soonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(soonDays);
        if (day < passedOn)
        {
            return CertificateStanding.NotYetValid;
        }

        if (day >= expiresOn)
        {
            return CertificateStanding.Expired;
        }

        return expiresOn.DayNumber - day.DayNumber <= soonDays ? CertificateStanding.ExpiringSoon : CertificateStanding.Valid;
    }

    /// <summary>
    /// One certificate per person, role and car model: the one that lasts longest. Someone who renewed before their old
    /// certificate ran out holds both, and the old one must not make the team look as if it were about to lose them.
    /// </summary>
    public static IEnumerable<Certificate> LongestLasting(IEnumerable<Certificate> certificates) =>
        certificates.GroupBy(c => (c.StaffMemberId, c.Role, c.CarModelCode)).Select(held => held.MaxBy(c => c.ExpiresOn)!);
}
