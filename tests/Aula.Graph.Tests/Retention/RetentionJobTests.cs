using Aula.Graph.Data;
using Aula.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Aula.Graph.Tests.Retention;

/// A child whose last enrollment ended 15 months ago is deleted, with every row that refers to it; guardians with
/// no child left go too. Sofie Hansen has a brother (Oliver), so Mette and Thomas stay; Ella Madsen is Sara's only
/// child (Sara goes) and Jonas's, who also teaches (his guardian role goes, he stays).
public sealed class RetentionJobTests : IDisposable
{
    private readonly FakeTimeProvider clock = RetentionData.Clock();
    private readonly AulaFactory factory;

    public RetentionJobTests() => factory = new AulaFactory(clock);

    public void Dispose() => factory.Dispose();

    private int Sofie => factory.PersonKey("Sofie", "Hansen");
    private int Ella => factory.PersonKey("Ella", "Madsen");

    [Fact]
    public async Task OneDayBeforeTheDeadlineNothingIsDeleted()
    {
        await factory.DueTomorrowAsync(Sofie, Ella);
        var before = await factory.TableCountsAsync();

        var result = await factory.RunJobAsync();

        Assert.Equal(new(0, 0, 0, 0), result);
        Assert.Equal(before, await factory.TableCountsAsync());
    }

    [Fact]
    public async Task OnTheDeadlineNoRowInAnyTableRefersToTheChild()
    {
        var sofie = Sofie;
        await AddActivityAsync(sofie);
        await factory.DueTomorrowAsync(sofie);
        var before = await factory.ReferencesToAsync(sofie);
        clock.Advance(TimeSpan.FromDays(1));

        var result = await factory.RunJobAsync();

        Assert.Equal(new(1, 0, 0, 0), result);
        // The walk can fail: before the run the child was in every kind of row this test gave it.
        Assert.All(["Enrollments.ChildId", "Custodies.ChildId", "GroupMemberships.PersonId", "ConsentAnswers.ChildId",
            "ConsentAnswerChanges.ChildId", "AccessLog.ChildId", "AccessLog.PersonId", "AccessLog.ActorId",
            "ThreadParticipants.PersonId", "Messages.SenderId", "Threads.CreatedById", "Profiles.PersonId", "People.Id",
            "PresenceEvents.ChildId", "PresenceEvents.GoesHomeWithId", "PickupPersons.ChildId", "PresenceTemplates.ChildId"],
            column => Assert.True(before[column] > 0, $"{column} had no row for the child before the run"));
        Assert.All(await factory.ReferencesToAsync(sofie), c => Assert.True(c.Value == 0, $"{c.Key} still refers to the child"));
        await AssertForeignKeysHoldAsync();
        // Another child's day that named her is still there, without her.
        Assert.Equal(1, factory.Query(db => db.CheckInEvents.Count(e => e.Pickup == PickupKind.GoesHomeWith && e.GoesHomeWithId == null)));
    }

    [Fact]
    public async Task AGuardianWithAnotherChildStaysAndOneWithNoneGoes()
    {
        var (mette, sara, jonas) = (Key("mette.hansen"), Key("sara.madsen"), Key("jonas.madsen"));
        await factory.DueTomorrowAsync(Sofie, Ella);
        var jonasBefore = await factory.ReferencesToAsync(jonas);
        clock.Advance(TimeSpan.FromDays(1));

        var result = await factory.RunJobAsync();

        Assert.Equal(new(2, 1, 1, 0), result);
        Assert.All(await factory.ReferencesToAsync(sara), c => Assert.True(c.Value == 0, $"{c.Key} still refers to Sara"));
        Assert.Equal([ProfileKind.Guardian], Profiles(mette));
        Assert.Equal(1, factory.Query(db => db.Custodies.Count(c => c.GuardianId == mette)));
        // Jonas is a teacher: the person, the employee profile, his groups as staff and his threads stay.
        Assert.Equal([ProfileKind.Employee], Profiles(jonas));
        Assert.Empty(factory.Query(db => db.GroupMemberships.Where(m => m.PersonId == jonas && m.Role == GroupRole.Guardian).ToList()));
        Assert.NotEmpty(factory.Query(db => db.GroupMemberships.Where(m => m.PersonId == jonas && m.Role == GroupRole.Teacher).ToList()));
        var jonasAfter = await factory.ReferencesToAsync(jonas);
        Assert.Equal(jonasBefore["ThreadParticipants.PersonId"], jonasAfter["ThreadParticipants.PersonId"]);
        Assert.Equal(jonasBefore["Messages.SenderId"], jonasAfter["Messages.SenderId"]);
        Assert.Equal(0, jonasAfter["Custodies.GuardianId"]);
        var me = (await factory.GraphQL("jonas.madsen").PostAsync("{ me { profiles { kind } } }")).Ok();
        Assert.Equal("EMPLOYEE", Assert.Single(me["me"]!["profiles"]!.AsArray())!["kind"]!.GetValue<string>());
        Assert.Contains("UNAUTHENTICATED", (await factory.GraphQL("sara.madsen").PostAsync("{ me { profiles { kind } } }")).Codes);
        await AssertForeignKeysHoldAsync();
    }

    [Fact]
    public async Task RunningTwiceIsANoOp()
    {
        await factory.DueTomorrowAsync(Sofie, Ella);
        clock.Advance(TimeSpan.FromDays(1));
        await factory.RunJobAsync();
        var after = await factory.TableCountsAsync();

        var again = await factory.RunJobAsync();

        Assert.Equal(new(0, 0, 0, 0), again);
        Assert.Equal(after, await factory.TableCountsAsync());
    }

    [Fact]
    public async Task TwoRunsAtOnceOnSqliteEndAsOneRun()
    {
        var (sara, jonas) = (Key("sara.madsen"), Key("jonas.madsen"));
        await factory.DueTomorrowAsync(Sofie, Ella);
        clock.Advance(TimeSpan.FromDays(1));

        var results = await Task.WhenAll(factory.RunJobAsync(), factory.NewJob().RunAsync(CancellationToken.None));

        Assert.All(results, r => Assert.Equal(0, r.Failed));
        Assert.All(await factory.ReferencesToAsync(sara), c => Assert.Equal(0, c.Value));
        Assert.Equal([ProfileKind.Employee], Profiles(jonas));
        Assert.Equal(new(0, 0, 0, 0), await factory.RunJobAsync());
        await AssertForeignKeysHoldAsync();
    }

    [Fact]
    public async Task AChildStillEnrolledSomewhereIsKept()
    {
        var sofie = Sofie;
        await factory.DueTomorrowAsync(sofie);
        await using (var db = factory.Db())
        {
            // The SFO place runs on: one enrollment without an end keeps the child.
            await db.Enrollments.Where(e => e.ChildId == sofie).OrderBy(e => e.Id).Take(1)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.EndDate, (DateOnly?)null));
        }
        clock.Advance(TimeSpan.FromDays(400));

        Assert.Equal(new(0, 0, 0, 0), await factory.RunJobAsync());
        Assert.Equal(1, (await factory.ReferencesToAsync(sofie))["People.Id"]);
    }

    private int Key(string login) => factory.Query(db => db.People.Single(p => p.Login == login).Id);

    private List<ProfileKind> Profiles(int personId) =>
        factory.Query(db => db.Profiles.Where(f => f.PersonId == personId).Select(f => f.Kind).OrderBy(k => k).ToList());

    /// Access log rows in every role, and a thread of the child's own: Sofie's data beyond the demo's.
    private async Task AddActivityAsync(int sofie)
    {
        var lars = Key("lars.nielsen");
        var now = clock.GetUtcNow();
        await using var db = factory.Db();
        var notes = new ChatThread { Subject = "Mine noter", CreatedById = sofie, CreatedAt = now, LastSequence = 1, LastActivityAt = now };
        notes.Participants.Add(new ThreadParticipant { PersonId = sofie, LastReadSequence = 1, JoinedAt = now });
        db.Add(notes);
        await db.SaveChangesAsync();
        db.Add(new Message { ThreadId = notes.Id, Sequence = 1, SenderId = sofie, ClientMessageId = "notes-1", Body = "Husk gymnastiktøj", SentAt = now });
        db.AddRange(
            new AccessLogEntry { At = now, ActorId = lars, Kind = AccessKind.Consents, ChildId = sofie },
            new AccessLogEntry { At = now, ActorId = lars, Kind = AccessKind.ContactDetails, PersonId = sofie },
            new AccessLogEntry { At = now, ActorId = sofie, Kind = AccessKind.SensitiveThread, ThreadId = notes.Id });
        // Her days at the SFO, her pickup person, and another child's day that says it goes home with her.
        var sfo = await db.Institutions.Where(i => i.Name == "Solby Skoles SFO").Select(i => i.Id).SingleAsync();
        var noah = await db.People.Where(p => p.FirstName == "Noah" && p.LastName == "Jensen").Select(p => p.Id).SingleAsync();
        var today = factory.Today();
        db.AddRange(
            new CheckInEvent { ChildId = sofie, InstitutionId = sfo, Date = today, Sequence = 1, Change = CheckInChange.CheckIn, ActorId = lars, At = now, Status = DayStatus.Present },
            new CheckInEvent { ChildId = noah, InstitutionId = sfo, Date = today, Sequence = 1, Change = CheckInChange.Pickup, ActorId = lars, At = now, Pickup = PickupKind.GoesHomeWith, GoesHomeWithId = sofie },
            new PickupPerson { ChildId = sofie, Name = "Birthe Hansen", Relation = "Mormor", AddedAt = now });
        await db.SaveChangesAsync();
    }

    private async Task AssertForeignKeysHoldAsync()
    {
        await using var db = factory.Db();
        Assert.Empty(await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync());
    }
}
