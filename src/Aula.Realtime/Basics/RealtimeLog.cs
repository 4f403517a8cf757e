using Microsoft.Extensions.Logging;

namespace Aula.Realtime.Basics;

/// Ids only: never a body, a name or a token.
internal static partial class RealtimeLog
{
    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Person {PersonKey} connected to the live channel with {Threads} threads")]
    public static partial void Connected(ILogger logger, int personKey, int threads);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Person {PersonKey} was rate limited on the live channel")]
    public static partial void RateLimited(ILogger logger, int personKey);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "A {Kind} live event could not be published")]
    public static partial void BusPublishFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Presence of person {PersonKey} could not be recorded")]
    public static partial void PresenceFailed(ILogger logger, int personKey, Exception exception);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "The presence heartbeat failed")]
    public static partial void HeartbeatFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "A live event from Redis could not be read")]
    public static partial void MalformedEvent(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "A live event handler failed on {Kind}")]
    public static partial void HandlerFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Debug, Message = "Person {PersonKey} is now {State}")]
    public static partial void PresenceChanged(ILogger logger, int personKey, string state);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Error, Message = "A push of thread {ThreadKey} to {Readers} readers could not be written to the access log")]
    public static partial void ReadsNotLogged(ILogger logger, int threadKey, int readers, Exception? exception);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "A {Kind} of key {Key} is stored but was not pushed")]
    public static partial void DoorbellFailed(ILogger logger, string kind, int key, Exception exception);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Debug, Message = "Person {PersonKey} follows the children's days of {Institutions} institutions")]
    public static partial void FollowsCheckIn(ILogger logger, int personKey, int institutions);
}
