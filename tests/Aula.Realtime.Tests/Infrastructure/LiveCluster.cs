using Aula.Graph.Basics;
using Aula.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Realtime.Tests.Infrastructure;

/// Two nodes sharing one Redis (under a fresh prefix) and one SQLite file, with a short presence timeout and a
/// small call budget so limits show quickly.
public sealed class LiveCluster : IAsyncDisposable
{
    // Short enough to watch a dead node's people expire, long enough that a busy 2-core machine renews in time.
    public static readonly TimeSpan PresenceTimeout = TimeSpan.FromSeconds(5);
    private readonly TestDirectory directory = new();

    public LiveCluster(RedisServer redis, IReadOnlyDictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        Prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        // One database and one set of signing keys for both nodes.
        var settings = AulaHost.FileSettings(directory);
        settings["Redis:Configuration"] = redis.Configuration;
        settings["Realtime:ChannelPrefix"] = Prefix;
        settings["Realtime:PresenceTimeout"] = PresenceTimeout.ToString();
        settings["Realtime:CallsPerSecond"] = "2";
        settings["Realtime:CallBurst"] = "10";
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
        directory.Dispose();
    }
}
