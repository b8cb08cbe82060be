using Motorsport.Contracts.Catalog;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Catalog;

public sealed class TrainingCourseChangedConsumer(RegionalDbContext db, ILogger<TrainingCourseChangedConsumer> logger)
    : CatalogChangedConsumer<TrainingCourseChanged, CatalogTrainingCourse, TrainingCourseState>(db, logger)
{
    protected override CatalogChange<TrainingCourseState> Read(TrainingCourseChanged changed) =>
        new(changed.TrainingCourseId, changed.Version, changed.State, changed.ChangedAtUtc);
}
