using Motorsport.Contracts.Catalog;
using Motorsport.Regional.Entries;
using Motorsport.Regional.Events;
using Motorsport.Regional.Training;

namespace Motorsport.Regional.Teams;

public static class TeamsApi
{
    /// <summary>Teams with their entrant licences and staff. Every change of a licence or staff member is a change of the team: one version.</summary>
    public static IEndpointRouteBuilder MapTeamsApi(this IEndpointRouteBuilder region)
    {
        var teams = region.MapGroup("/teams").WithTags("Teams");
        teams.MapGet("/", List).WithSummary("List teams, by name");
        teams.MapGet("/{id}", Get).WithSummary("Get a team with its licences and staff").WithName("GetTeam");
        teams.MapPost("/", Create).WithSummary("Create a team");
        teams.MapPut("/{id}", Update).WithSummary("Change a team's name or country");
        teams.MapPost("/{id}/licences", AddLicence).WithSummary("Issue an entrant licence for a season");
        teams.MapPut("/{id}/licences/{licenceId}", UpdateLicence).WithSummary("Change the cars a licence allows");
        teams.MapDelete("/{id}/licences/{licenceId}", RemoveLicence).WithSummary("Remove a licence");
        teams.MapPost("/{id}/staff", AddStaffMember).WithSummary("Add a crew member");
        teams.MapPut("/{id}/staff/{staffId}", UpdateStaffMember).WithSummary("Change a crew member");
        teams.MapDelete("/{id}/staff/{staffId}", RemoveStaffMember).WithSummary("Remove a crew member");
        return region;
    }

    private static IQueryable<Team> WithChildren(this IQueryable<Team> teams) =>
        teams.Include(t => t.Licences).Include(t => t.Staff).AsSplitQuery();

    private static async Task<PagedResult<TeamResponse>> List(
        [AsParameters] TeamQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Teams.AsNoTracking().WithChildren();
        if (filter.SeriesId is { } seriesId)
        {
            query = query.Where(t => t.Licences.Any(l => l.SeriesId == seriesId));
        }

        if (filter.SeasonId is { } seasonId)
        {
            query = query.Where(t => t.Licences.Any(l => l.SeasonId == seasonId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var name = filter.Name.Trim().ToLower();
            query = query.Where(t => t.Name.ToLower().Contains(name));
        }

        return await query.OrderBy(t => t.Name).ThenBy(t => t.Id).ToPageAsync(paging, TeamResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> Get(
        Guid id, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().WithChildren().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (team is null)
        {
            return NotFound(id);
        }

        response.SetVersion(team.Version);
        return TypedResults.Ok(TeamResponse.From(team));
    }

    private static async Task<Results<CreatedAtRoute<TeamResponse>, ProblemHttpResult>> Create(CreateTeamRequest request, [AsParameters] RegionalServices services)
    {
        var name = request.Name!.Trim();
        if (await NameTakenAsync(services.Db, name, exceptTeamId: Guid.Empty, services.Aborted))
        {
            return NameTaken(name);
        }

        var now = services.Time.GetUtcNow();
        var team = new Team
        {
            Id = Guid.CreateVersion7(now),
            Name = name,
            Country = request.Country!,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        services.Db.Teams.Add(team);
        services.Outbox.Publish(team.ToChanged(services.Region.Id));
        await services.Db.SaveChangesAsync(services.Aborted);

        services.Response.SetVersion(team.Version);
        return TypedResults.CreatedAtRoute(TeamResponse.From(team), "GetTeam", new { id = team.Id });
    }

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> Update(Guid id, UpdateTeamRequest request, [AsParameters] RegionalServices services)
    {
        var name = request.Name!.Trim();
        if (await NameTakenAsync(services.Db, name, exceptTeamId: id, services.Aborted))
        {
            return NameTaken(name);
        }

        return await Change(id, request, services, team =>
        {
            team.Name = name;
            team.Country = request.Country!;
            return null;
        });
    }

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> AddLicence(Guid id, AddLicenceRequest request, [AsParameters] RegionalServices services)
    {
        var season = await services.Db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.SeasonId, services.Aborted);
        if (season is null)
        {
            return ApiProblem.Unprocessable("seasonId", $"No season has id '{request.SeasonId}'.");
        }

        var number = request.Number!.Trim();
        if (await LicenceNumberTakenAsync(services.Db, season.Id, number, services.Aborted))
        {
            return ApiProblem.Conflict("number", $"Licence number '{number}' is already issued for {season.Name}.");
        }

        return await Change(id, request, services, team =>
        {
            team.Licences.Add(new EntrantLicence
            {
                Id = Guid.CreateVersion7(services.Time.GetUtcNow()),
                TeamId = team.Id,
                SeriesId = season.SeriesId,
                SeasonId = season.Id,
                Number = number,
                CarsAllowed = request.CarsAllowed!.Value,
            });
            return null;
        });
    }

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> UpdateLicence(
        Guid id, Guid licenceId, UpdateLicenceRequest request, [AsParameters] RegionalServices services)
    {
        // Held against an entry of this team being accepted meanwhile (see RowLocks).
        await using var transaction = await services.Db.BeginHoldingAsync<Team>(id, services.Aborted);
        var openEvents = await OpenEventCarsAsync(id, licenceId, services.Db, services.Aborted);
        var result = await Change(id, request, services, team =>
        {
            var licence = team.Licences.SingleOrDefault(l => l.Id == licenceId);
            if (licence is null)
            {
                return LicenceNotFound(team, licenceId);
            }

            var carsAllowed = request.CarsAllowed!.Value;
            // Only a lower allowance can uncover entries; raising one always helps, even where entries were uncovered already.
            if (carsAllowed < licence.CarsAllowed
                && LicenceCoverage.Uncovered(OtherLicencesOfSeason(team, licence).Append(carsAllowed).ToList(), openEvents) is { } uncovered)
            {
                return ApiProblem.Unprocessable("carsAllowed", uncovered, LicenceRules.LicenceInUse);
            }

            licence.CarsAllowed = carsAllowed;
            return null;
        });
        await transaction.CommitAsync(services.Aborted);
        return result;
    }

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> RemoveLicence(
        Guid id, Guid licenceId, [AsParameters] VersionQuery request, [AsParameters] RegionalServices services)
    {
        // Held against an entry of this team being accepted meanwhile (see RowLocks).
        await using var transaction = await services.Db.BeginHoldingAsync<Team>(id, services.Aborted);
        var openEvents = await OpenEventCarsAsync(id, licenceId, services.Db, services.Aborted);
        var result = await Change(id, request, services, team =>
        {
            var licence = team.Licences.SingleOrDefault(l => l.Id == licenceId);
            if (licence is null)
            {
                return LicenceNotFound(team, licenceId);
            }

            if (LicenceCoverage.Uncovered(OtherLicencesOfSeason(team, licence).ToList(), openEvents) is { } uncovered)
            {
                return ApiProblem.Unprocessable("licenceId", uncovered, LicenceRules.LicenceInUse);
            }

            team.Licences.Remove(licence);
            return null;
        });
        await transaction.CommitAsync(services.Aborted);
        return result;
    }

    /// <summary>The team's cars in its standing entries, per scheduled event of the licence's season; none when the licence is not the team's.</summary>
    private static async Task<IReadOnlyList<OpenEventCars>> OpenEventCarsAsync(Guid teamId, Guid licenceId, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var seasonId = await db.EntrantLicences.Where(l => l.Id == licenceId && l.TeamId == teamId).Select(l => (Guid?)l.SeasonId).SingleOrDefaultAsync(cancellationToken);
        if (seasonId is null)
        {
            return [];
        }

        var entered = await db.Entries.AsNoTracking()
            .Where(e => e.TeamId == teamId && e.Status == EntryStatus.Entered)
            .Join(db.Events.Where(ev => ev.SeasonId == seasonId && ev.Status == EventStatus.Scheduled), e => e.EventId, ev => ev.Id, (e, ev) => new { EventId = ev.Id, ev.Name, e.CarId })
            .ToListAsync(cancellationToken);
        return entered.GroupBy(e => (e.EventId, e.Name)).Select(g => new OpenEventCars(g.Key.Name, g.Select(e => e.CarId).Distinct().Count())).ToList();
    }

    private static IEnumerable<int> OtherLicencesOfSeason(Team team, EntrantLicence licence) =>
        team.Licences.Where(l => l.SeasonId == licence.SeasonId && l.Id != licence.Id).Select(l => l.CarsAllowed);

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> AddStaffMember(Guid id, StaffMemberRequest request, [AsParameters] RegionalServices services) =>
        await Change(id, request, services, team =>
        {
            team.Staff.Add(new TeamStaffMember
            {
                Id = Guid.CreateVersion7(services.Time.GetUtcNow()),
                TeamId = team.Id,
                Name = request.Name!,
                Role = Enum.Parse<CrewRole>(request.Role!, ignoreCase: true),
            });
            return null;
        });

    /// <summary>
    /// A role can change only while nothing of the person's training depends on it: an open enrolment trains for the old role
    /// and a certificate certifies it, and either would then stand for a role its holder no longer has. The team row is held
    /// while checking, as enrolling holds it, so an enrolment cannot slip in between.
    /// </summary>
    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> UpdateStaffMember(
        Guid id, Guid staffId, StaffMemberRequest request, [AsParameters] RegionalServices services)
    {
        await using var transaction = await services.Db.BeginHoldingAsync<Team>(id, services.Aborted);
        var (openEnrolments, certificates) = await TrainingOfAsync(services.Db, id, staffId, services.Aborted);
        var result = await Change(id, request, services, team =>
        {
            var member = team.Staff.SingleOrDefault(s => s.Id == staffId);
            if (member is null)
            {
                return StaffNotFound(team, staffId);
            }

            var role = Enum.Parse<CrewRole>(request.Role!, ignoreCase: true);
            if (role != member.Role && openEnrolments + certificates > 0)
            {
                return ApiProblem.Unprocessable("role",
                    $"{member.Name} has {openEnrolments} open training enrolment(s) and {certificates} certificate(s) as {member.Role}; cancel or revoke them before changing the role.",
                    TrainingRules.StaffRoleInUse);
            }

            member.Name = request.Name!;
            member.Role = role;
            return null;
        });
        await transaction.CommitAsync(services.Aborted);
        return result;
    }

    /// <summary>
    /// Someone still in training for the team (an enrolment not yet cancelled or decided) stays in its crew until it is: they
    /// could otherwise pass afterwards and hold a certificate for a team they have left. The team row is held while checking,
    /// as enrolling holds it, so a removal and an enrolment at the same moment cannot both succeed.
    /// </summary>
    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> RemoveStaffMember(
        Guid id, Guid staffId, [AsParameters] VersionQuery request, [AsParameters] RegionalServices services)
    {
        await using var transaction = await services.Db.BeginHoldingAsync<Team>(id, services.Aborted);
        var (openEnrolments, _) = await TrainingOfAsync(services.Db, id, staffId, services.Aborted);
        var result = await Change(id, request, services, team =>
        {
            var member = team.Staff.SingleOrDefault(s => s.Id == staffId);
            if (member is null)
            {
                return StaffNotFound(team, staffId);
            }

            if (openEnrolments > 0)
            {
                return ApiProblem.Unprocessable("staffId",
                    $"{member.Name} has {openEnrolments} open training enrolment(s); cancel them or record their outcome first.", TrainingRules.StaffInTraining);
            }

            team.Staff.Remove(member);
            return null;
        });
        await transaction.CommitAsync(services.Aborted);
        return result;
    }

    /// <summary>What of a crew member's training still stands: open enrolments and certificates not revoked.</summary>
    private static async Task<(int OpenEnrolments, int Certificates)> TrainingOfAsync(RegionalDbContext db, Guid teamId, Guid staffId, CancellationToken cancellationToken) =>
        (await db.Enrolments.CountAsync(e => e.TeamId == teamId && e.StaffMemberId == staffId && EnrolmentStateMachine.Open.Contains(e.Status), cancellationToken),
         await db.Certificates.CountAsync(c => c.TeamId == teamId && c.StaffMemberId == staffId && c.RevokedOn == null, cancellationToken));

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> Change(
        Guid id, IVersionedRequest request, RegionalServices services, Func<Team, ProblemHttpResult?> apply)
    {
        var team = await services.Db.Teams.WithChildren().SingleOrDefaultAsync(t => t.Id == id, services.Aborted);
        return await services.TryChangeAsync(team, NotFound(id), request, apply, (changed, region) => changed.ToChanged(region)) is { } problem
            ? problem
            : TypedResults.Ok(TeamResponse.From(team!));
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblem.NotFound("id", $"No team has id '{id}'.");

    /// <summary>
    /// Names that read the same (<see cref="UniqueNames"/>) are one team to the office. The unique index on the name holds exact
    /// duplicates even in a race; this check, in code only, holds the rest. A region has tens of teams, so their names are
    /// compared here rather than by a normalised column the database would have to keep.
    /// </summary>
    private static async Task<bool> NameTakenAsync(RegionalDbContext db, string name, Guid exceptTeamId, CancellationToken cancellationToken)
    {
        var names = await db.Teams.Where(t => t.Id != exceptTeamId).Select(t => t.Name).ToListAsync(cancellationToken);
        return names.Any(other => UniqueNames.SameName(other, name));
    }

    /// <summary>Like team names: numbers differing only in case are one licence to the office; the unique index holds exact duplicates.</summary>
    private static Task<bool> LicenceNumberTakenAsync(RegionalDbContext db, Guid seasonId, string number, CancellationToken cancellationToken)
    {
        var lowered = number.ToLowerInvariant();
        return db.EntrantLicences.AnyAsync(l => l.SeasonId == seasonId && l.Number.ToLower() == lowered, cancellationToken);
    }

    private static ProblemHttpResult NameTaken(string name) => ApiProblem.Conflict("name", $"A team named '{name}' already exists.");

    private static ProblemHttpResult LicenceNotFound(Team team, Guid licenceId) =>
        ApiProblem.NotFound("licenceId", $"Team '{team.Name}' holds no licence with id '{licenceId}'.");

    private static ProblemHttpResult StaffNotFound(Team team, Guid staffId) =>
        ApiProblem.NotFound("staffId", $"Team '{team.Name}' has no staff member with id '{staffId}'.");
}
