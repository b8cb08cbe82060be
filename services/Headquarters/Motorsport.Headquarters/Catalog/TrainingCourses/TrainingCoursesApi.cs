using Motorsport.Contracts.Catalog;
using Catalogue = Motorsport.Headquarters.Catalog.Catalogue<
    Motorsport.Headquarters.Catalog.TrainingCourses.TrainingCourse, Motorsport.Contracts.Catalog.TrainingCourseChanged, Motorsport.Headquarters.Catalog.TrainingCourses.TrainingCourseResponse>;

namespace Motorsport.Headquarters.Catalog.TrainingCourses;

public static class TrainingCoursesApi
{
    public static IEndpointRouteBuilder MapTrainingCoursesApi(this IEndpointRouteBuilder endpoints)
    {
        var (read, change) = endpoints.MapCatalogue("/api/hq/catalog/training-courses", "Training courses");
        read.MapGet("/", Catalogue.List<TrainingCourseQuery>).WithSummary("List training courses, by code");
        read.MapGet("/{code}", Catalogue.Get).WithSummary("Get a training course").WithName(Catalogue.GetRoute);
        change.MapPost("/", Create).WithSummary("Create a training course");
        change.MapPut("/{code}", Update).WithSummary("Change a training course");
        change.MapPost("/{code}/retire", Catalogue.Retire).WithSummary("Retire a training course");
        return endpoints;
    }

    private static Task<Results<CreatedAtRoute<TrainingCourseResponse>, ProblemHttpResult>> Create(
        CreateTrainingCourseRequest request, [AsParameters] CatalogServices services) =>
        Catalogue.CreateAsync(
            request.Code!,
            services,
            refuse: async () => CarModelRefusal(request.CarModelCode!, await CarModelStatusAsync(request.CarModelCode!, services), keeping: false),
            create: () => new TrainingCourse
            {
                Code = request.Code!,
                Title = request.Title!,
                Role = Enum.Parse<CrewRole>(request.Role!, ignoreCase: true),
                CarModelCode = request.CarModelCode!,
                Location = request.Location!,
                DurationDays = request.DurationDays!.Value,
                Capacity = request.Capacity!.Value,
                CertificateValidityMonths = request.CertificateValidityMonths!.Value,
            });

    private static async Task<Results<Ok<TrainingCourseResponse>, ProblemHttpResult>> Update(
        string code, UpdateTrainingCourseRequest request, [AsParameters] CatalogServices services)
    {
        // Looked up first but reported after the 404 and 409 checks, which take precedence over what the request asks for.
        var carModelStatus = await CarModelStatusAsync(request.CarModelCode!, services);
        return await Catalogue.ChangeAsync(code, request, services, course =>
        {
            if (CarModelRefusal(request.CarModelCode!, carModelStatus, keeping: course.CarModelCode == request.CarModelCode) is { } refused)
            {
                return refused;
            }

            course.Title = request.Title!;
            course.Role = Enum.Parse<CrewRole>(request.Role!, ignoreCase: true);
            course.CarModelCode = request.CarModelCode!;
            course.Location = request.Location!;
            course.DurationDays = request.DurationDays!.Value;
            course.Capacity = request.Capacity!.Value;
            course.CertificateValidityMonths = request.CertificateValidityMonths!.Value;
            return null;
        });
    }

    private static async Task<CatalogStatus?> CarModelStatusAsync(string carModelCode, CatalogServices services) =>
        await services.Db.CarModels.Where(m => m.Code == carModelCode).Select(m => (CatalogStatus?)m.Status).SingleOrDefaultAsync(services.Aborted);

    /// <summary>
    /// A course on a model HQ does not sell could never be matched to a team's car, so it is refused rather than stored. Nor
    /// does a course move to a retired model, which HQ no longer supports; a course <paramref name="keeping"/> its model when
    /// that model retires can still be edited.
    /// </summary>
    private static ProblemHttpResult? CarModelRefusal(string carModelCode, CatalogStatus? carModelStatus, bool keeping) => carModelStatus switch
    {
        null => ApiProblem.Unprocessable("carModelCode", $"No car model has code '{carModelCode}' in the headquarters catalogue."),
        CatalogStatus.Retired when !keeping => ApiProblem.Unprocessable(
            "carModelCode", $"Car model {carModelCode} is {CatalogStatus.Retired}; courses are offered on active models.", CatalogRules.CarModelNotActive),
        _ => null,
    };
}
