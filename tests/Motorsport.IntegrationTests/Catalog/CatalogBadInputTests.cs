using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Catalog;

/// <summary>Catalogue writes headquarters refuses because no one could mean them; a refused write changes nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CatalogBadInputTests(PlatformFixture platform)
{
    private const string CarModels = "/api/hq/catalog/car-models";
    private const string Courses = "/api/hq/catalog/training-courses";

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task An_absurd_homologation_date_is_a_400_naming_the_field(string date)
    {
        var code = CarModelRequests.UniqueCode("HOMOLOGATION");
        var existing = await CreateCarModelAsync();

        var (created, createProblem) = await Admin.SendJsonAsync(HttpMethod.Post, CarModels, WithHomologation(CarModelRequests.Gt3R(code), date));
        var (updated, updateProblem) = await Admin.SendJsonAsync(HttpMethod.Put, $"{CarModels}/{existing}", new
        {
            name = "911 GT3 R", category = "GT3", generation = "992", modelYear = 2023, engine = "4.2 l flat-six", powerKw = 416,
            homologationValidUntil = date, version = 1,
        });

        created.ShouldBe(HttpStatusCode.BadRequest, createProblem.ToString());
        createProblem.ErrorsFor("homologationValidUntil").ShouldNotBeEmpty();
        (await Admin.GetJsonAsync($"{CarModels}/{code}")).Status.ShouldBe(HttpStatusCode.NotFound);
        updated.ShouldBe(HttpStatusCode.BadRequest, updateProblem.ToString());
        updateProblem.ErrorsFor("homologationValidUntil").ShouldNotBeEmpty();
        var kept = (await Admin.GetJsonAsync($"{CarModels}/{existing}")).Body;
        kept.GetProperty("version").GetInt64().ShouldBe(1);
        kept.GetProperty("homologationValidUntil").GetString().ShouldBe("2029-12-31");
    }

    [Fact]
    public async Task Retiring_a_retired_car_model_or_course_is_a_409_on_status_and_writes_nothing()
    {
        var model = await CreateCarModelAsync();
        var course = await CreateCourseAsync(model);
        (await Admin.SendJsonAsync(HttpMethod.Post, $"{Courses}/{course}/retire", new { version = 1 })).Status.ShouldBe(HttpStatusCode.OK);
        (await Admin.SendJsonAsync(HttpMethod.Post, $"{CarModels}/{model}/retire", new { version = 1 })).Status.ShouldBe(HttpStatusCode.OK);

        foreach (var path in new[] { $"{CarModels}/{model}", $"{Courses}/{course}" })
        {
            var (status, problem) = await Admin.SendJsonAsync(HttpMethod.Post, $"{path}/retire", new { version = 2 });

            status.ShouldBe(HttpStatusCode.Conflict, problem.ToString());
            problem.ErrorsFor("status").ShouldNotBeEmpty();
            var kept = (await Admin.GetJsonAsync(path)).Body;
            kept.GetProperty("version").GetInt64().ShouldBe(2);
            kept.GetProperty("status").GetString().ShouldBe("Retired");
        }
    }

    [Fact]
    public async Task A_course_cannot_be_created_on_or_moved_to_a_retired_car_model_but_keeps_its_own_when_that_retires()
    {
        var retired = await CreateCarModelAsync();
        var active = await CreateCarModelAsync();
        var course = await CreateCourseAsync(active);
        (await Admin.SendJsonAsync(HttpMethod.Post, $"{CarModels}/{retired}/retire", new { version = 1 })).Status.ShouldBe(HttpStatusCode.OK);
        var code = CarModelRequests.UniqueCode("ON-RETIRED");

        var (created, createProblem) = await Admin.SendJsonAsync(HttpMethod.Post, Courses, Course(code, retired));
        var (moved, moveProblem) = await Admin.SendJsonAsync(HttpMethod.Put, $"{Courses}/{course}", Update(retired, version: 1));

        ShouldBreak(created, createProblem, "car-model-not-active", "carModelCode");
        (await Admin.GetJsonAsync($"{Courses}/{code}")).Status.ShouldBe(HttpStatusCode.NotFound);
        ShouldBreak(moved, moveProblem, "car-model-not-active", "carModelCode");
        var kept = (await Admin.GetJsonAsync($"{Courses}/{course}")).Body;
        kept.GetProperty("version").GetInt64().ShouldBe(1);
        kept.GetProperty("carModelCode").GetString().ShouldBe(active);

        (await Admin.SendJsonAsync(HttpMethod.Post, $"{CarModels}/{active}/retire", new { version = 1 })).Status.ShouldBe(HttpStatusCode.OK);
        var (edited, body) = await Admin.SendJsonAsync(HttpMethod.Put, $"{Courses}/{course}", Update(active, version: 1));
        edited.ShouldBe(HttpStatusCode.OK, body.ToString());
    }

    [Fact]
    public async Task A_calendar_range_ending_before_it_starts_is_a_400_naming_to()
    {
        var (status, problem) = await platform.HeadquartersAnalyst.GetJsonAsync("/api/hq/insights/calendar?from=2027-12-31&to=2027-01-01");

        status.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
        problem.ErrorsFor("to").ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(CarModels + "?category=Bogus", "category")]
    [InlineData(CarModels + "?status=x", "status")]
    [InlineData(Courses + "?role=Bogus", "role")]
    [InlineData(Courses + "?status=x", "status")]
    [InlineData(Courses + "?pageSize=0", "pageSize")]
    public async Task A_list_filter_no_catalogue_has_is_a_400_naming_it(string path, string field)
    {
        var (status, problem) = await Admin.GetJsonAsync(path);

        status.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
        problem.ErrorsFor(field).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_retirement_without_a_version_is_a_400_and_the_item_stays_active()
    {
        var model = await CreateCarModelAsync();
        var course = await CreateCourseAsync(model);

        foreach (var path in new[] { $"{CarModels}/{model}", $"{Courses}/{course}" })
        {
            var (status, problem) = await Admin.SendJsonAsync(HttpMethod.Post, $"{path}/retire", new { });

            status.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
            problem.ErrorsFor("version").ShouldNotBeEmpty();
            (await Admin.GetJsonAsync(path)).Body.GetProperty("status").GetString().ShouldBe("Active");
        }
    }

    private HttpClient Admin => platform.HeadquartersAdmin;

    private static void ShouldBreak(HttpStatusCode status, JsonElement problem, string rule, string field)
    {
        status.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.GetProperty("rule").GetString().ShouldBe(rule);
        problem.ErrorsFor(field).ShouldNotBeEmpty();
    }

    private static Dictionary<string, object?> WithHomologation(object request, string date)
    {
        var fields = JsonSerializer.SerializeToElement(request).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["homologationValidUntil"] = date;
        return fields;
    }

    private async Task<string> CreateCarModelAsync()
    {
        var code = CarModelRequests.UniqueCode("992-GT3-R");
        var (status, body) = await Admin.SendJsonAsync(HttpMethod.Post, CarModels, CarModelRequests.Gt3R(code));
        status.ShouldBe(HttpStatusCode.Created, body.ToString());
        return code;
    }

    private async Task<string> CreateCourseAsync(string carModelCode)
    {
        var code = CarModelRequests.UniqueCode("ENG");
        var (status, body) = await Admin.SendJsonAsync(HttpMethod.Post, Courses, Course(code, carModelCode));
        status.ShouldBe(HttpStatusCode.Created, body.ToString());
        return code;
    }

    private static object Course(string code, string carModelCode) => new
    {
        code, title = "GT3 R race engineering", role = "Engineer", carModelCode, location = "Factory", durationDays = 3, capacity = 12, certificateValidityMonths = 24,
    };

    private static object Update(string carModelCode, long version) => new
    {
        title = "GT3 R race engineering, level 2", role = "Engineer", carModelCode, location = "Factory", durationDays = 3, capacity = 12,
        certificateValidityMonths = 24, version,
    };
}
