using System.Globalization;
using Aula.Graph.Basics;

namespace Aula.Graph.Data.Seed;

/// One demo conversation: who takes part, what is said in order, and what each participant has read.
/// By default everyone has read everything; <see cref="Unread"/> leaves a participant behind.
internal sealed class ThreadBuilder(string subject, int daysAgo, IEnumerable<Person> participants, bool sensitive = false,
    TimeOnly? startAt = null)
{
    private readonly List<Person> people = [.. participants.Distinct()];
    private readonly List<(Person Sender, string Body)> lines = [];
    private readonly Dictionary<Person, int> readUpTo = [];
    private readonly HashSet<Person> unread = [];
    private readonly HashSet<Person> muted = [];
    private readonly Dictionary<Person, int> leftAfter = [];
    private readonly List<DateTimeOffset> times = [];

    public ChatThread Entity { get; } = new() { Subject = subject, IsSensitive = sensitive };

    public IReadOnlyList<Person> People => people;

    public ThreadBuilder Say(Person sender, string body)
    {
        if (!people.Contains(sender))
        {
            people.Add(sender);
        }
        lines.Add((sender, body));
        return this;
    }

    /// The participant has read up to their own last message (or nothing) and not what came after.
    public ThreadBuilder Unread(Person person)
    {
        unread.Add(person);
        return this;
    }

    public ThreadBuilder ReadUpTo(Person person, int sequence)
    {
        readUpTo[person] = sequence;
        return this;
    }

    public ThreadBuilder Mute(Person person)
    {
        muted.Add(person);
        return this;
    }

    /// The participant left the thread after the given message (and had read it).
    public ThreadBuilder Leave(Person person, int afterSequence)
    {
        leftAfter[person] = afterSequence;
        return ReadUpTo(person, afterSequence);
    }

    /// Places the messages in time (from <c>startAt</c> or some daytime, minutes to hours apart, all before now)
    /// and builds the thread.
    public ChatThread Build(DemoWorld world, Random random)
    {
        var someTime = new TimeOnly(7, 30).AddMinutes(random.Next(600));
        var start = AulaClock.LocalToInstant(world.Today.AddDays(-daysAgo), startAt ?? someTime);
        foreach (var _ in lines)
        {
            times.Add(times.Count == 0 ? start : times[^1].AddMinutes(4 + random.Next(150)));
        }
        var latest = world.Now.AddMinutes(-5);
        var shift = times[^1] > latest ? TimeSpan.FromDays(Math.Ceiling((times[^1] - latest).TotalDays)) : TimeSpan.Zero;
        for (var i = 0; i < times.Count; i++)
        {
            times[i] -= shift;
        }

        Entity.CreatedById = lines[0].Sender.Id;
        Entity.CreatedAt = times[0];
        Entity.LastSequence = lines.Count;
        Entity.LastActivityAt = times[^1];
        foreach (var person in people)
        {
            DateTimeOffset? leftAt = null;
            if (leftAfter.TryGetValue(person, out var after))
            {
                leftAt = after < times.Count ? times[after - 1] + ((times[after] - times[after - 1]) / 2) : times[after - 1].AddMinutes(1);
            }
            Entity.Participants.Add(new ThreadParticipant
            {
                PersonId = person.Id,
                LastReadSequence = readUpTo.TryGetValue(person, out var read) ? read
                    : unread.Contains(person) ? LastOwn(person) : lines.Count,
                IsMuted = muted.Contains(person),
                JoinedAt = times[0],
                LeftAt = leftAt,
            });
        }
        return Entity;
    }

    /// The messages, once the thread has its id; client message ids come from a counter shared by all threads.
    public IEnumerable<Message> Messages(Func<int> nextMessageNumber) => lines.Select((line, i) => new Message
    {
        ThreadId = Entity.Id,
        Sequence = i + 1,
        SenderId = line.Sender.Id,
        ClientMessageId = string.Create(CultureInfo.InvariantCulture, $"seed-{nextMessageNumber():D4}"),
        Body = line.Body,
        SentAt = times[i],
    });

    private int LastOwn(Person person)
    {
        var index = lines.FindLastIndex(l => l.Sender == person);
        return index + 1;
    }
}
