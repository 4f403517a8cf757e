using Aula.Realtime.Basics;
using Aula.Realtime.Domain;
using Aula.Realtime.Events;
using Aula.Realtime.Pushes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aula.Realtime.Hubs;

/// The live channel. Calls answer a result object: `error` null on success, else `{ code, message }` with a
/// stable code (NOT_FOUND, VALIDATION, STEP_UP_REQUIRED, CONFLICT, RATE_LIMITED...); nothing is stored on error
/// and the connection stays usable. Only a connection without a known person is refused.
[Authorize]
public sealed partial class ThreadHub(
    ILiveThreads threads, ILivePeople people, ILiveCheckIn checkIn, ILiveEventBus bus,
    ILiveAccessLog accessLog, FullGroupMembers fullGroups, IOptions<RealtimeOptions> options, ILogger<ThreadHub> logger) : Hub<IThreadClient>
{
    public const string Path = "/realtime";

    public override async Task OnConnectedAsync()
    {
        var viewer = await people.IdentifyAsync(Context.User!, Context.ConnectionAborted)
            ?? throw new HubException($"{HubErrors.Unauthenticated}: the token names no known person.");
        // Written before anything is pushed: a read that cannot be logged is not served.
        await accessLog.ConnectedAsync(viewer, Context.ConnectionAborted);
        var connection = new LiveConnection(viewer, options.Value);
        LiveConnection.Attach(Context, connection);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Person(viewer.PersonKey));
        foreach (var thread in await threads.ThreadsOfAsync(viewer, Context.ConnectionAborted))
        {
            await JoinAsync(connection, thread);
        }
        // Decided once per connection, as threads are: staff who start or stop working somewhere reconnect.
        var staffed = await checkIn.StaffedInstitutionsAsync(Context.User!, Context.ConnectionAborted);
        foreach (var institution in staffed)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.CheckInStaff(institution));
        }
        RealtimeLog.FollowsCheckIn(logger, viewer.PersonKey, staffed.Count);
        RealtimeLog.Connected(logger, viewer.PersonKey, connection.Threads.Count);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        using var connection = LiveConnection.Detach(Context);
        if (connection is not null)
        {
            fullGroups.Remove(Context.ConnectionId, connection.Threads.Values.Select(t => t.Key));
        }
        return Task.CompletedTask;
    }

    public async Task<SendMessageResult> SendMessage(string threadId, string body, string clientMessageId)
    {
        var (connection, thread, error) = await EnterAsync(threadId);
        if (error is not null)
        {
            return new SendMessageResult(null, error);
        }
        // The push to the thread's groups comes from the store's doorbell after the commit, on every transport.
        var sent = await threads.SendAsync(connection.Viewer, thread!.Key, body ?? "", clientMessageId ?? "", Context.ConnectionAborted);
        return new SendMessageResult(sent.Value, sent.Error);
    }

    public async Task<HubResult> Typing(string threadId)
    {
        var (connection, thread, error) = await EnterAsync(threadId);
        if (error is not null)
        {
            return new HubResult(error);
        }
        var push = new TypingPush(thread!.Id, connection.Viewer.PersonId);
        await Clients.OthersInGroup(GroupNames.Full(thread.Key)).Typing(push);
        await Clients.OthersInGroup(GroupNames.Envelope(thread.Key)).Typing(push);
        await bus.PublishAsync(new Events.Typing(thread.Key, connection.Viewer.PersonKey), Context.ConnectionAborted);
        return HubResult.Ok;
    }

    public async Task<HubResult> MarkRead(string threadId, int sequence)
    {
        var (connection, thread, error) = await EnterAsync(threadId);
        error ??= await threads.MarkReadAsync(connection.Viewer, thread!.Key, sequence, Context.ConnectionAborted);
        if (error is not null)
        {
            return new HubResult(error);
        }
        return HubResult.Ok;
    }

    /// Starts pushes for a thread the person joined after connecting (a new thread, an added participant).
    public async Task<HubResult> JoinThread(string threadId) => new((await EnterAsync(threadId)).Error);

    /// Every call: the rate limit first, then the thread, joining its group if the connection is not in it yet.
    private async Task<(LiveConnection Connection, LiveThread? Thread, HubError? Error)> EnterAsync(string threadId)
    {
        var connection = LiveConnection.Of(Context);
        using var lease = connection.Limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            RealtimeLog.RateLimited(logger, connection.Viewer.PersonKey);
            return (connection, null, HubErrors.TooManyCalls(options.Value.CallsPerSecond));
        }
        if (threadId is not null && connection.Threads.TryGetValue(threadId, out var known))
        {
            return (connection, known, null);
        }
        var thread = threadId is null ? null : await threads.FindAsync(connection.Viewer, threadId, Context.ConnectionAborted);
        if (thread is null)
        {
            return (connection, null, HubErrors.ThreadNotFound);
        }
        await JoinAsync(connection, thread);
        return (connection, thread, null);
    }

    /// A connection's group follows its token, not the thread: without step-up it is only ever in the envelope
    /// group, so a thread marked sensitive later stops its bodies at the next push (the publisher reads the flag
    /// per push). Members of the full group are noted for the access log.
    private async Task JoinAsync(LiveConnection connection, LiveThread thread)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.For(thread.Key, connection.Viewer.SteppedUp));
        connection.Threads[thread.Id] = thread;
        if (connection.Viewer.SteppedUp)
        {
            fullGroups.Add(thread.Key, Context.ConnectionId, connection.Viewer);
        }
    }
}
