using Motorsport.Contracts.Catalog;
using Motorsport.Regional.Teams;

namespace Motorsport.Regional.Training;

public static partial class TrainingApi
{
    /// <summary>
    /// Sessions of catalogue courses, enrolments of team staff and the certificates they earn. A refused request is a 422
    /// naming its rule in <c>rule</c> (<see cref="TrainingRules"/>); a full session is one of them (<c>session-full</c>), because
    /// it is decided by one conditional UPDATE that never loses a race, so every request gets a definite answer.
    /// "Today" is the UTC date.
    /// </summary>
    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder region)
    {
        var training = region.MapGroup("/training").WithTags("Training");
        training.MapGet("/sessions", ListSessions).WithSummary("List training sessions, by start date");
        training.MapGet("/sessions/{id}", GetSession).WithSummary("Get a training session").WithName("GetTrainingSession");
        training.MapPost("/sessions", CreateSession).WithSummary("Schedule a session of a course");
        training.MapPut("/sessions/{id}", UpdateSession).WithSummary("Change a training session");
        training.MapGet("/sessions/{id}/enrolments", ListEnrolments).WithSummary("List a session's enrolments");
        training.MapPost("/sessions/{id}/enrolments", Enrol).WithSummary("Enrol a team's staff member in a session");
        training.MapGet("/enrolments/{id}", GetEnrolment).WithSummary("Get an enrolment").WithName("GetEnrolment");
        training.MapPost("/enrolments/{id}/status", ChangeStatus).WithSummary("Move an enrolment on (confirmed, attended, passed, failed, cancelled)");
        training.MapGet("/certificates/{id}", GetCertificate).WithSummary("Get a certificate").WithName("GetCertificate");
        training.MapPost("/certificates/{id}/revocation", RevokeCertificate).WithSummary("Revoke a certificate");
        region.MapGet("/teams/{teamId}/certificates", TeamCertificates).WithSummary("List the certificates of a team's crew that count today").WithTags("Training");
        return region;
    }

    private static async Task<Results<Ok<PagedResult<SessionResponse>>, ValidationProblem>> ListSessions(
        [AsParameters] SessionQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        if (DateRangeFilter.Inverted(filter.From, filter.To) is { } inverted)
        {
            return inverted;
        }

        var query = db.TrainingSessions.AsNoTracking().Include(s => s.Course).AsQueryable();
        if (filter.CourseCode is not null)
        {
            query = query.Where(s => s.Course.Code == filter.CourseCode);
        }

        if (filter.From is { } from)
        {
            query = query.Where(s => s.EndDate >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(s => s.StartDate <= to);
        }

        return TypedResults.Ok(await query.OrderBy(s => s.StartDate).ThenBy(s => s.Id).ToPageAsync(paging, SessionResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> GetSession(
        Guid id, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.Course).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return SessionNotFound(id);
        }

        response.SetVersion(session.Version);
        return TypedResults.Ok(SessionResponse.From(session));
    }

    private static async Task<Results<CreatedAtRoute<SessionResponse>, ValidationProblem, ProblemHttpResult>> CreateSession(
        CreateSessionRequest request, [AsParameters] RegionalServices services)
    {
        var (db, cancellationToken) = (services.Db, services.Aborted);
        if (SessionDates.Invalid(request.StartDate!.Value, request.EndDate!.Value) is { } invalid)
        {
            return ApiProblem.Invalid("endDate", invalid);
        }

        var course = await db.CatalogTrainingCourses.FirstOrDefaultAsync(c => c.Code == request.CourseCode, cancellationToken);
        if (course is null)
        {
            return ApiProblem.Unprocessable("courseCode", $"No training course has code '{request.CourseCode}' in this region's catalogue.");
        }

        if (!course.IsActive)
        {
            return ApiProblem.Unprocessable("courseCode", $"Course {course.Code} is {course.Status} in this region's catalogue.", TrainingRules.CourseNotActive);
        }

        var now = services.Time.GetUtcNow();
        var session = new TrainingSession
        {
            Id = Guid.CreateVersion7(now),
            CourseId = course.Id,
            Course = course,
            StartDate = request.StartDate.Value,
            EndDate = request.EndDate.Value,
            Venue = request.Venue ?? course.Location,
            Trainer = request.Trainer!,
            Capacity = request.Capacity ?? course.Capacity,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);

        services.Response.SetVersion(session.Version);
        return TypedResults.CreatedAtRoute(SessionResponse.From(session), "GetTrainingSession", new { id = session.Id });
    }

    private static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> UpdateSession(
        Guid id, UpdateSessionRequest request, [AsParameters] RegionalServices services)
    {
        var (db, cancellationToken) = (services.Db, services.Aborted);
        if (SessionDates.Invalid(request.StartDate!.Value, request.EndDate!.Value) is { } invalid)
        {
            return ApiProblem.Invalid("endDate", invalid);
        }

        var session = await db.TrainingSessions.Include(s => s.Course).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return SessionNotFound(id);
        }

        if (services.Precondition(request).Refusal(session.Version) is { } refused)
        {
            return refused;
        }

        var enrolments = await db.Enrolments.Where(e => e.SessionId == id).Select(e => e.Status).ToListAsync(cancellationToken);
        if (SessionDates.MoveRefusal(session.StartDate, session.EndDate, request.StartDate.Value, request.EndDate.Value, enrolments) is (var field, var message))
        {
            return ApiProblem.Unprocessable(field, message, TrainingRules.SessionHasOutcomes);
        }

        session.StartDate = request.StartDate.Value;
        session.EndDate = request.EndDate.Value;
        session.Venue = request.Venue!;
        session.Trainer = request.Trainer!;
        session.Capacity = request.Capacity!.Value;
        session.Touch(services.Time);
        await db.SaveChangesAsync(cancellationToken);

        services.Response.SetVersion(session.Version);
        return TypedResults.Ok(SessionResponse.From(session));
    }

    private static async Task<Results<Ok<PagedResult<EnrolmentResponse>>, ProblemHttpResult>> ListEnrolments(
        Guid id, [AsParameters] EnrolmentQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.TrainingSessions.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return SessionNotFound(id);
        }

        var query = db.Enrolments.AsNoTracking().Include(e => e.Certificate).Where(e => e.SessionId == id);
        if (filter.Status is not null)
        {
            var status = Enum.Parse<EnrolmentStatus>(filter.Status, ignoreCase: true);
            query = query.Where(e => e.Status == status);
        }

        return TypedResults.Ok(await query.OrderBy(e => e.CreatedAtUtc).ThenBy(e => e.Id).ToPageAsync(paging, EnrolmentResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<EnrolmentResponse>, ProblemHttpResult>> GetEnrolment(
        Guid id, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.AsNoTracking().Include(e => e.Certificate).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enrolment is null)
        {
            return EnrolmentNotFound(id);
        }

        response.SetVersion(enrolment.Version);
        return TypedResults.Ok(EnrolmentResponse.From(enrolment));
    }

    /// <summary>
    /// Enrols a person of a team's crew in a course of their role. The seat is taken by a conditional UPDATE
    /// (<c>SeatsTaken = SeatsTaken + 1 WHERE SeatsTaken &lt; Capacity</c>) in the same transaction as the enrolment: on
    /// PostgreSQL a second request for the last seat waits for the first to commit, then finds the condition false, so a
    /// session never holds more people than its capacity. A person already enrolled is refused by the check in code; two
    /// requests for the same person at the same moment both pass it, and the unique index on (SessionId, StaffMemberId) of live
    /// enrolments refuses the later insert. That failure leaves the transaction uncommitted, so its seat is given back, and
    /// the shared exception handler answers 409 on <c>staffMemberId</c>.
    /// </summary>
    private static async Task<Results<CreatedAtRoute<EnrolmentResponse>, ProblemHttpResult>> Enrol(
        Guid id, EnrolRequest request, [AsParameters] RegionalServices services, ILogger<Enrolment> logger)
    {
        var (db, cancellationToken) = (services.Db, services.Aborted);
        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.Course).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return SessionNotFound(id);
        }

        // The team row is held until the enrolment commits, as removing a crew member or changing their role holds it: the
        // member read here cannot leave the crew or change role before the enrolment exists.
        await using var transaction = await db.BeginHoldingAsync<Team>(request.TeamId!.Value, cancellationToken);
        var team = await db.Teams.AsNoTracking().Include(t => t.Staff).SingleOrDefaultAsync(t => t.Id == request.TeamId, cancellationToken);
        if (team is null)
        {
            return ApiProblem.Unprocessable("teamId", $"No team has id '{request.TeamId}'.");
        }

        var member = team.Staff.SingleOrDefault(s => s.Id == request.StaffMemberId);
        if (member is null)
        {
            return ApiProblem.Unprocessable("staffMemberId", $"Team '{team.Name}' has no staff member with id '{request.StaffMemberId}'.");
        }

        var courseRole = CourseRole(session);
        if (member.Role != courseRole)
        {
            return ApiProblem.Unprocessable("staffMemberId",
                $"{member.Name} is a {member.Role}; course {session.Course.Code} trains {courseRole}s.", TrainingRules.StaffRoleMismatch);
        }

        if (await db.Enrolments.AnyAsync(e => e.SessionId == id && e.StaffMemberId == member.Id && e.Status != EnrolmentStatus.Cancelled, cancellationToken))
        {
            return ApiProblem.Conflict("staffMemberId", $"{member.Name} is already enrolled in this session.");
        }

        var seated = await db.TrainingSessions
            .Where(s => s.Id == id && s.SeatsTaken < s.Capacity)
            .ExecuteUpdateAsync(setters => setters.SetProperty(s => s.SeatsTaken, s => s.SeatsTaken + 1), cancellationToken);
        if (seated == 0)
        {
            LogSessionFull(logger, session.Course.Code, session.Id, member.Id);
            return ApiProblem.Unprocessable("sessionId",
                $"The session of {session.Course.Code} starting {session.StartDate:yyyy-MM-dd} is full: all {session.Capacity} seats are taken.",
                TrainingRules.SessionFull);
        }

        var now = services.Time.GetUtcNow();
        var enrolment = new Enrolment
        {
            Id = Guid.CreateVersion7(now),
            SessionId = session.Id,
            TeamId = team.Id,
            StaffMemberId = member.Id,
            PersonName = member.Name,
            Status = EnrolmentStatus.Requested,
            CreatedAtUtc = now.UtcDateTime,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        db.Enrolments.Add(enrolment);
        services.Outbox.Publish(enrolment.ToChanged(services.Region.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogEnrolled(logger, member.Id, session.Course.Code, session.Id, enrolment.Id);
        services.Response.SetVersion(enrolment.Version);
        return TypedResults.CreatedAtRoute(EnrolmentResponse.From(enrolment), "GetEnrolment", new { id = enrolment.Id });
    }

    /// <summary>
    /// Moves an enrolment along <see cref="EnrolmentStateMachine"/>. Attendance can be recorded from the session's first day,
    /// the outcome from its last day. A pass issues the certificate, dated the session's last day, and announces it to
    /// headquarters; a cancellation gives the seat back in the same transaction.
    /// </summary>
    private static async Task<Results<Ok<EnrolmentResponse>, ProblemHttpResult>> ChangeStatus(
        Guid id, EnrolmentStatusRequest request, [AsParameters] RegionalServices services, ILogger<Enrolment> logger)
    {
        var (db, time, cancellationToken) = (services.Db, services.Time, services.Aborted);
        var enrolment = await db.Enrolments.Include(e => e.Certificate).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enrolment is null)
        {
            return EnrolmentNotFound(id);
        }

        if (services.Precondition(request).Refusal(enrolment.Version) is { } refused)
        {
            return refused;
        }

        var from = enrolment.Status;
        var to = Enum.Parse<EnrolmentStatus>(request.Status!, ignoreCase: true);
        if (EnrolmentStateMachine.Refusal(from, to) is { } refusal)
        {
            return ApiProblem.Unprocessable("status", refusal, TrainingRules.IllegalTransition);
        }

        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.Course).SingleAsync(s => s.Id == enrolment.SessionId, cancellationToken);
        var today = Today(time);
        if (EnrolmentStateMachine.TooEarly(to, session.StartDate, session.EndDate, today) is { } tooEarly)
        {
            return ApiProblem.Unprocessable("status", tooEarly.Message, tooEarly.Rule);
        }

        enrolment.Status = to;
        enrolment.Touch(time);
        services.Outbox.Publish(enrolment.ToChanged(services.Region.Id));
        if (to == EnrolmentStatus.Passed)
        {
            enrolment.Certificate = Certify(enrolment, session, time);
            services.Outbox.Publish(enrolment.Certificate.ToChanged(services.Region.Id));
            LogCertified(logger, enrolment.StaffMemberId, enrolment.Certificate.Role, enrolment.Certificate.CarModelCode,
                enrolment.Certificate.ExpiresOn);
        }

        if (SessionCapacity.ReleasesSeat(from, to))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await db.TrainingSessions
                .Where(s => s.Id == session.Id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(s => s.SeatsTaken, s => s.SeatsTaken - 1), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        services.Response.SetVersion(enrolment.Version);
        return TypedResults.Ok(EnrolmentResponse.From(enrolment));
    }

    /// <summary>
    /// The team's certificates that count today, one per person, role and car model, soonest expiry first, each marked Valid or
    /// ExpiringSoon.
    /// </summary>
    private static async Task<Results<Ok<TeamCertificatesResponse>, ProblemHttpResult>> TeamCertificates(
        Guid teamId, [AsParameters] CertificateQuery query, RegionalDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            return ApiProblem.NotFound("teamId", $"No team has id '{teamId}'.");
        }

        var today = Today(time);
        var soonDays = query.ExpiringWithinDays ?? CertificateQuery.DefaultExpiringWithinDays;
        var certificates = await db.OfCurrentCrew(teamId).AsNoTracking()
            .Where(c => c.PassedOn <= today && c.ExpiresOn > today)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new TeamCertificatesResponse(
            teamId, today, soonDays, CertificateValidity.LongestLasting(certificates)
                .OrderBy(c => c.ExpiresOn).ThenBy(c => c.Id)
                .Select(c => CertificateResponse.From(c, today, soonDays)).ToList()));
    }

    private static async Task<Results<Ok<CertificateResponse>, ProblemHttpResult>> GetCertificate(
        Guid id, RegionalDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (certificate is null)
        {
            return CertificateNotFound(id);
        }

        response.SetVersion(certificate.Version);
        return TypedResults.Ok(CertificateResponse.From(certificate, Today(time), CertificateQuery.DefaultExpiringWithinDays));
    }

    /// <summary>
    /// Withdraws a certificate for good, with the reason on record; headquarters hears of it. The team's next entries need
    /// another certified person; entries already accepted stand. Revocation cannot be undone: a person re-qualifies by passing
    /// the course again.
    /// </summary>
    private static async Task<Results<Ok<CertificateResponse>, ProblemHttpResult>> RevokeCertificate(
        Guid id, RevokeCertificateRequest request, [AsParameters] RegionalServices services, ILogger<Certificate> logger)
    {
        var certificate = await services.Db.Certificates.SingleOrDefaultAsync(c => c.Id == id, services.Aborted);
        var today = Today(services.Time);
        var problem = await services.TryChangeAsync(certificate, CertificateNotFound(id), request, held =>
            {
                if (held.RevokedOn is { } revokedOn)
                {
                    return ApiProblem.Unprocessable("id", $"The certificate was already revoked on {revokedOn:yyyy-MM-dd}.", TrainingRules.CertificateRevoked);
                }

                held.RevokedOn = today;
                held.RevocationReason = request.Reason;
                return null;
            },
            (revoked, region) => revoked.ToChanged(region));
        if (problem is not null)
        {
            return problem;
        }

        LogRevoked(logger, certificate!.Id, certificate.StaffMemberId, certificate.Role, certificate.CarModelCode);
        return TypedResults.Ok(CertificateResponse.From(certificate, today, CertificateQuery.DefaultExpiringWithinDays));
    }

    /// <summary>The certificate of a pass: the course's role and car model as they stand now, valid from the session's last day.</summary>
    private static Certificate Certify(Enrolment enrolment, TrainingSession session, TimeProvider time)
    {
        var passedOn = session.EndDate;
        return new Certificate
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            EnrolmentId = enrolment.Id,
            TeamId = enrolment.TeamId,
            StaffMemberId = enrolment.StaffMemberId,
            PersonName = enrolment.PersonName,
            Role = CourseRole(session),
            CarModelCode = session.Course.CarModelCode,
            CourseCode = session.Course.Code,
            PassedOn = passedOn,
            ExpiresOn = CertificateValidity.ExpiresOn(passedOn, session.Course.CertificateValidityMonths),
            Version = 1,
            UpdatedAtUtc = enrolment.UpdatedAtUtc,
        };
    }

    // Headquarters validates course roles against the same three names, so the replica's string always parses.
    private static CrewRole CourseRole(TrainingSession session) => Enum.Parse<CrewRole>(session.Course.Role, ignoreCase: true);

    private static ProblemHttpResult SessionNotFound(Guid id) => ApiProblem.NotFound("id", $"No training session has id '{id}'.");

    private static ProblemHttpResult EnrolmentNotFound(Guid id) => ApiProblem.NotFound("id", $"No enrolment has id '{id}'.");

    private static ProblemHttpResult CertificateNotFound(Guid id) => ApiProblem.NotFound("id", $"No certificate has id '{id}'.");

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "Enrolled staff member {StaffMemberId} in {CourseCode} session {SessionId} as enrolment {EnrolmentId}")]
    private static partial void LogEnrolled(ILogger logger, Guid staffMemberId, string courseCode, Guid sessionId, Guid enrolmentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused staff member {StaffMemberId}: {CourseCode} session {SessionId} is full")]
    private static partial void LogSessionFull(ILogger logger, string courseCode, Guid sessionId, Guid staffMemberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Certified staff member {StaffMemberId} as {Role} on {CarModelCode} until {ExpiresOn}")]
    private static partial void LogCertified(ILogger logger, Guid staffMemberId, CrewRole role, string carModelCode, DateOnly expiresOn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revoked certificate {CertificateId} of staff member {StaffMemberId} as {Role} on {CarModelCode}")]
    private static partial void LogRevoked(ILogger logger, Guid certificateId, Guid staffMemberId, CrewRole role, string carModelCode);
}
