using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Catalog;

[Collection(PlatformCollection.Name)]
public sealed class TrainingCourseDistributionTests(PlatformFixture platform)
{
    private const string CoursesPath = "/api/hq/catalog/training-courses";

    [Fact]
    public async Task A_course_created_at_headquarters_is_served_by_every_region_with_the_same_version()
    {
        var carModel = await CreateCarModel();
        var code = CarModelRequests.UniqueCode("ENG-GT3R");

        var (status, created) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(code, carModel));

        status.ShouldBe(HttpStatusCode.Created);
        created.GetProperty("version").GetInt64().ShouldBe(1);
        foreach (var region in PlatformFixture.Regions)
        {
            var replica = await WaitForRegionVersion(region, code, 1);
            replica.GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
            replica.GetProperty("title").GetString().ShouldBe("GT3 R race engineering");
            replica.GetProperty("role").GetString().ShouldBe("Engineer");
            replica.GetProperty("carModelCode").GetString().ShouldBe(carModel);
            replica.GetProperty("certificateValidityMonths").GetInt32().ShouldBe(24);
        }
    }

    [Fact]
    public async Task Updates_and_retirement_reach_every_region()
    {
        var carModel = await CreateCarModel();
        var code = CarModelRequests.UniqueCode("MEC-GT3R");
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(code, carModel, role: "Mechanic"))).Status.ShouldBe(HttpStatusCode.Created);

        var (updateStatus, updated) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Put, $"{CoursesPath}/{code}", new
        {
            title = "GT3 R mechanics, level 2", role = "Mechanic", carModelCode = carModel, location = "Sepang base",
            durationDays = 5, capacity = 8, certificateValidityMonths = 36, version = 1,
        });
        updateStatus.ShouldBe(HttpStatusCode.OK);
        updated.GetProperty("version").GetInt64().ShouldBe(2);

        var (retireStatus, retired) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, $"{CoursesPath}/{code}/retire", new { version = 2 });
        retireStatus.ShouldBe(HttpStatusCode.OK);
        retired.GetProperty("status").GetString().ShouldBe("Retired");

        foreach (var region in PlatformFixture.Regions)
        {
            var replica = await WaitForRegionVersion(region, code, 3);
            replica.GetProperty("title").GetString().ShouldBe("GT3 R mechanics, level 2");
            replica.GetProperty("location").GetString().ShouldBe("Sepang base");
            replica.GetProperty("certificateValidityMonths").GetInt32().ShouldBe(36);
            replica.GetProperty("status").GetString().ShouldBe("Retired");
        }
    }

    [Fact]
    public async Task Headquarters_lists_courses_filtered_by_role_and_car_model()
    {
        var carModel = await CreateCarModel();
        var engineers = CarModelRequests.UniqueCode("ENG");
        var mechanics = CarModelRequests.UniqueCode("MEC");
        await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(engineers, carModel));
        await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(mechanics, carModel, role: "Mechanic"));

        var (status, page) = await platform.HeadquartersAnalyst.GetJsonAsync($"{CoursesPath}?carModelCode={carModel}&role=mechanic");

        status.ShouldBe(HttpStatusCode.OK);
        page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe([mechanics]);
        page.GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_course_on_a_car_model_headquarters_does_not_have_is_a_422_naming_the_car_model()
    {
        var code = CarModelRequests.UniqueCode("NO-MODEL");

        var (status, problem) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(code, "NO-SUCH-MODEL"));

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.ErrorsFor("carModelCode").ShouldHaveSingleItem().ShouldContain("NO-SUCH-MODEL");
        (await platform.HeadquartersAdmin.GetJsonAsync($"{CoursesPath}/{code}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Moving_a_course_to_an_unknown_car_model_is_a_422_and_changes_nothing()
    {
        var carModel = await CreateCarModel();
        var code = CarModelRequests.UniqueCode("MOVE-COURSE");
        await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(code, carModel));

        var (status, problem) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Put, $"{CoursesPath}/{code}", new
        {
            title = "Moved", role = "Engineer", carModelCode = "NO-SUCH-MODEL", location = "Factory",
            durationDays = 3, capacity = 12, certificateValidityMonths = 24, version = 1,
        });

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.ErrorsFor("carModelCode").ShouldNotBeEmpty();
        var (_, current) = await platform.HeadquartersAdmin.GetJsonAsync($"{CoursesPath}/{code}");
        current.GetProperty("carModelCode").GetString().ShouldBe(carModel);
        current.GetProperty("version").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task A_duplicate_course_code_is_a_409_naming_the_code()
    {
        var carModel = await CreateCarModel();
        var code = CarModelRequests.UniqueCode("DUP-COURSE");
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(code, carModel))).Status.ShouldBe(HttpStatusCode.Created);

        var (status, problem) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(code, carModel, role: "TeamManager"));

        status.ShouldBe(HttpStatusCode.Conflict);
        problem.ErrorsFor("code").ShouldNotBeEmpty();
        var (_, current) = await platform.HeadquartersAdmin.GetJsonAsync($"{CoursesPath}/{code}");
        current.GetProperty("role").GetString().ShouldBe("Engineer");
    }

    [Fact]
    public async Task A_missing_title_is_a_400_naming_the_field()
    {
        var carModel = await CreateCarModel();
        var code = CarModelRequests.UniqueCode("NO-TITLE");

        var (status, problem) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, new
        {
            code, role = "Engineer", carModelCode = carModel, location = "Factory", durationDays = 3, capacity = 12, certificateValidityMonths = 24,
        });

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.ErrorsFor("title").ShouldNotBeEmpty();
        (await platform.HeadquartersAdmin.GetJsonAsync($"{CoursesPath}/{code}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stale_version_is_a_409_naming_the_version()
    {
        var carModel = await CreateCarModel();
        var code = CarModelRequests.UniqueCode("STALE-COURSE");
        await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(code, carModel));
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, $"{CoursesPath}/{code}/retire", new { version = 1 })).Status.ShouldBe(HttpStatusCode.OK);

        var (status, problem) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, $"{CoursesPath}/{code}/retire", new { version = 1 });

        status.ShouldBe(HttpStatusCode.Conflict);
        problem.ErrorsFor("version").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Only_a_catalogue_admin_creates_courses()
    {
        var carModel = await CreateCarModel();

        (await platform.HeadquartersAnalyst.SendJsonAsync(HttpMethod.Post, CoursesPath, Course(CarModelRequests.UniqueCode("ANALYST"), carModel)))
            .Status.ShouldBe(HttpStatusCode.Forbidden);
        (await platform.RegionStaff("europe").SendJsonAsync(HttpMethod.Post, CoursesPath, Course(CarModelRequests.UniqueCode("STAFF"), carModel)))
            .Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<string> CreateCarModel()
    {
        var code = CarModelRequests.UniqueCode("992-GT3-R");
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, "/api/hq/catalog/car-models", CarModelRequests.Gt3R(code))).Status.ShouldBe(HttpStatusCode.Created);
        return code;
    }

    private static object Course(string code, string carModelCode, string role = "Engineer") => new
    {
        code,
        title = "GT3 R race engineering",
        role,
        carModelCode,
        location = "Factory",
        durationDays = 3,
        capacity = 12,
        certificateValidityMonths = 24,
    };

    private async Task<JsonElement> WaitForRegionVersion(string region, string code, long version)
    {
        var (_, body) = await Eventually.Until(
            () => platform.RegionStaff(region).GetJsonAsync($"/api/regions/{region}/catalog/training-courses/{code}"),
            result => result.Status == HttpStatusCode.OK && result.Body.GetProperty("version").GetInt64() >= version,
            because: $"{region} should serve training course {code} at version {version}");
        body.GetProperty("version").GetInt64().ShouldBe(version);
        return body;
    }
}
