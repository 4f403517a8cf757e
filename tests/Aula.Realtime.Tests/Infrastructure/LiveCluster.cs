using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Realtime.Tests.Infrastructure;

/// Two nodes sharing one Redis (under a fresh prefix) and one SQLite file, with a short presence timeout and a
/// small call budget so limits show quickly.
public sealed class LiveCluster : IAsyncDisposable
{
    // Short enough to watch a dead node's people expire, long enough that a busy 2-core machine renews in time.
    public static readonly TimeSpan PresenceTimeout = TimeSpan.FromSeconds(5);
    private readonly string directory = Path.Combine(Path.GetTempPath(), "aula-realtime-tests", Guid.NewGuid().ToString("N"));

    public LiveCluster(RedisServer redis, IReadOnlyDictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "aula.db");
        SeededDatabase.CopyTo(database);
        Prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Aula"] = $"Data Source={database}",
            ["Auth:DevelopmentKeyPath"] = Path.Combine(directory, "key.json"),
            ["Redis:Configuration"] = redis.Configuration,
            ["Realtime:ChannelPrefix"] = Prefix,
            ["Realtime:PresenceTimeout"] = PresenceTimeout.ToString(),
            ["Realtime:CallsPerSecond"] = "2",
            ["Realtime:CallBurst"] = "10",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        One = new LiveNode(settings);
        Two = new LiveNode(settings);
    }

    public string Prefix { get; }

    public LiveNode One { get; }

    public LiveNode Two { get; }

    public T Query<T>(Func<AulaDbContext, T> query)
    {
        using var db = One.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        return query(db);
    }

    public string Thread(string subject) => GlobalId.Encode("ChatThread", Query(db => db.Threads.Single(t => t.Subject == subject).Id));

    public int PersonKey(string login) => Query(db => db.People.Single(p => p.Login == login).Id);

    public string Person(string login) => GlobalId.Encode("Person", PersonKey(login));

    public int MessagesWith(string clientMessageId) => Query(db => db.Messages.Count(m => m.ClientMessageId == clientMessageId));

    public async ValueTask DisposeAsync()
    {
        await One.DisposeAsync();
        await Two.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
