using System.Text.Json.Nodes;
using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Export;

/// The export holds every row that references the subject (the viewer or a child in their custody), for every
/// column of the model that references a person: an entity added later that the export forgets fails here.
public sealed class ExportCoverageTests : IDisposable
{
    private static readonly string[] Viewers = ["mette.hansen", "sofie.hansen", "lars.nielsen", "jette.holm", "ida.lund", "jonas.madsen"];

    private readonly AulaFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public Task ExportHoldsEveryRowThatReferencesTheSubject() => HoldsEveryRowAsync(factory);

    /// Every viewer's export against the database; and every reference must have had rows for some viewer.
    internal static async Task HoldsEveryRowAsync(AulaFactory factory)
    {
        await AddRowsTheSeedLacksAsync(factory);
        var model = factory.Query(db => db.Model);
        var seen = new Dictionary<PersonReference, int>();
        foreach (var login in Viewers)
        {
            var (rows, export) = await WalkAsync(factory, login);
            var problems = ModelWalk.Problems(model, export, rows);
            Assert.True(problems is [], $"{login}: {string.Join("; ", problems)}");
            foreach (var (reference, keys) in rows)
            {
                seen[reference] = seen.GetValueOrDefault(reference) + keys.Count;
            }
        }
        // A reference no viewer's rows use proves nothing: give it a row (in the seed or below), so it can fail.
        Assert.Empty(seen.Where(s => s.Value == 0).Select(s => s.Key.ToString()));
        Assert.Equal(ModelWalk.PersonReferences(model).Count, seen.Count);
    }

    [Fact]
    public async Task WalkReportsASectionTheExportLeavesOut()
    {
        var (rows, export) = await WalkAsync(factory, "mette.hansen");
        export["sections"]!.AsObject().Remove("messages");

        Assert.Contains(ModelWalk.Problems(Model, export, rows), p => p.StartsWith("Message: 0 sections", StringComparison.Ordinal));
        Assert.Contains(ModelWalk.Problems(Model, export, rows), p => p.StartsWith("Message.SenderId:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WalkReportsAnEntityThatReferencesPeopleButHasNoSection()
    {
        var (rows, export) = await WalkAsync(factory, "mette.hansen");
        using var probe = ProbeDbContext.With(b => b.Entity<PersonNote>().HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId));

        Assert.Contains("PersonNote.PersonId", ModelWalk.PersonReferences(probe.Model).Select(r => r.ToString()));
        Assert.Equal(["PersonNote: 0 sections in the export, expected 1"], ModelWalk.Problems(probe.Model, export, rows));
    }

    private IModel Model => factory.Query(db => db.Model);

    private static async Task<(Dictionary<PersonReference, HashSet<string>> Rows, JsonObject Export)> WalkAsync(AulaFactory factory, string login)
    {
        var person = factory.LoginId(login);
        int[] ids = [person, .. factory.Query(db => db.Custodies.Where(c => c.GuardianId == person).Select(c => c.ChildId).ToList())];
        // Read before exporting: the export logs its own reads, after its snapshot.
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContextAsync();
        var rows = await ModelWalk.RowsAsync(db, ids);
        return (rows, await factory.ExportAsync(login));
    }

    /// Rows the demo data lacks, each referencing people through one column only, so that every column must be
    /// covered on its own: staff reading a guardian's contact details and a child's consents, a guardian reading a
    /// sensitive thread, the school office registering a paper consent for a guardian, a legal hold.
    private static async Task AddRowsTheSeedLacksAsync(AulaFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContextAsync();
        var (mette, lars, ida, jette) = (factory.LoginId("mette.hansen"), factory.LoginId("lars.nielsen"), factory.LoginId("ida.lund"), factory.LoginId("jette.holm"));
        var (sofie, oliver, noah, peter) = (factory.PersonId("Sofie", "Hansen"), factory.PersonId("Oliver", "Hansen"), factory.PersonId("Noah", "Jensen"), factory.LoginId("peter.jensen"));
        var allergy = await db.Threads.Where(t => t.Subject == "Sofies allergi").Select(t => t.Id).SingleAsync();
        var photos = await db.ConsentDefinitions.Where(d => d.Key == "photos-website").Select(d => d.Id).SingleAsync();
        var at = DateTimeOffset.UtcNow;
        db.AccessLog.AddRange(
            new AccessLogEntry { At = at, ActorId = lars, Kind = AccessKind.ContactDetails, PersonId = mette },
            new AccessLogEntry { At = at, ActorId = lars, Kind = AccessKind.Consents, ChildId = sofie },
            new AccessLogEntry { At = at, ActorId = mette, Kind = AccessKind.SensitiveThread, ThreadId = allergy });
        db.ConsentAnswerChanges.Add(new ConsentAnswerChange
        {
            DefinitionId = photos,
            ChildId = noah,
            GuardianId = peter,
            ChangedById = jette,
            ToGranted = true,
            ChangedAt = at,
        });
        db.LegalHolds.Add(new LegalHold { ChildId = oliver, SetById = ida, Reason = "Sag under behandling", SetAt = at });
        var (daycare, sfo) = (await InstitutionAsync(db, "Børnehuset Mælkebøtten"), await InstitutionAsync(db, "Solby Skoles SFO"));
        var grandmother = new PickupPerson { ChildId = oliver, Name = "Mormor", Relation = "Bedstemor", AddedById = mette, AddedAt = at };
        db.PickupPersons.Add(grandmother);
        db.CheckInTemplates.Add(new CheckInTemplateDay { ChildId = oliver, Weekday = DayOfWeek.Saturday, PlannedPickup = new TimeOnly(15, 0), UpdatedById = mette, UpdatedAt = at });
        db.CheckInSettings.Add(new CheckInSettings { InstitutionId = daycare, GuardiansWriteNote = false, UpdatedById = jette, UpdatedAt = at });
        db.WidgetPseudonyms.Add(new WidgetPseudonym { Vendor = "Meebook ApS", PersonId = mette, Subject = "0123456789abcdef0123456789abcdef", CreatedAt = at });
        await db.SaveChangesAsync();
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        db.CheckInEvents.AddRange(
            new CheckInEvent { ChildId = oliver, InstitutionId = daycare, Date = today, Sequence = 1, Change = CheckInChange.Pickup, ActorId = mette, At = at, Pickup = PickupKind.PickupPerson, PickupPersonId = grandmother.Id },
            new CheckInEvent { ChildId = oliver, InstitutionId = daycare, Date = today, Sequence = 2, Change = CheckInChange.Pickup, ActorId = mette, At = at, Pickup = PickupKind.Guardian, PickupGuardianId = mette },
            new CheckInEvent { ChildId = noah, InstitutionId = sfo, Date = today, Sequence = 1, Change = CheckInChange.Pickup, ActorId = peter, At = at, Pickup = PickupKind.GoesHomeWith, GoesHomeWithId = sofie });
        await db.SaveChangesAsync();
    }

    private static Task<int> InstitutionAsync(AulaDbContext db, string name) =>
        db.Institutions.Where(i => i.Name == name).Select(i => i.Id).SingleAsync();
}
