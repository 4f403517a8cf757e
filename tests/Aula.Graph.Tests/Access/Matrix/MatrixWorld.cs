using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Access.Matrix;

/// What the demo data lacks for the administrator's rows: a legal hold on Sofie, and a former 2A pupil whose
/// last enrollment ended long enough ago that the deletion job takes the child within the next days. And for
/// checking out: Oliver checked in at the daycare today.
internal static class MatrixWorld
{
    public const int DaysUntilDeletion = 5;

    public static void Prepare(IServiceProvider services)
    {
        using var db = services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        var today = services.GetRequiredService<AulaClock>().Today;
        var sofie = db.People.Single(p => p.Login == "sofie.hansen").Id;
        var ida = db.People.Single(p => p.Login == "ida.lund").Id;
        db.LegalHolds.Add(new LegalHold { ChildId = sofie, SetById = ida, Reason = "Sag under behandling", SetAt = DateTimeOffset.UtcNow });

        var (oliver, daycare) = (MatrixTargets.OliverKey(db), db.Institutions.Single(i => i.Name == "Børnehuset Mælkebøtten").Id);
        var anne = db.People.Single(p => p.Login == "anne.pedersen").Id;
        db.CheckInEvents.Add(new CheckInEvent
        {
            ChildId = oliver,
            InstitutionId = daycare,
            Date = today,
            Sequence = 1,
            Change = CheckInChange.CheckIn,
            ActorId = anne,
            At = DateTimeOffset.UtcNow,
            Status = DayStatus.Present,
            CheckedInAt = DateTimeOffset.UtcNow,
        });

        var ended = today.AddMonths(-15).AddDays(DaysUntilDeletion);
        foreach (var enrollment in db.Enrollments.AsTracking().Where(e => e.ChildId == FormerPupil(db)))
        {
            enrollment.StartDate = enrollment.StartDate < ended ? enrollment.StartDate : ended.AddYears(-1);
            enrollment.EndDate = ended;
        }
        db.SaveChanges();
    }

    /// The first child of 2A by ID: nobody's in Sofie's world.
    public static int FormerPupil(AulaDbContext db) =>
        db.GroupMemberships.Where(m => m.Group.Name == "2A" && m.Role == GroupRole.Child).Min(m => m.PersonId);
}
