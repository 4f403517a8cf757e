namespace Aula.Realtime.Pushes;

/// The hub's own errors; domain errors come from the host with the same codes as GraphQL's `extensions.code`.
public static class HubErrors
{
    public const string NotFound = "NOT_FOUND";
    public const string RateLimited = "RATE_LIMITED";
    public const string Unauthenticated = "UNAUTHENTICATED";

    public static readonly HubError ThreadNotFound = new(NotFound, "No thread with this ID.");

    public static HubError TooManyCalls(int perSecond) =>
        new(RateLimited, $"Too many calls on this connection: at most {perSecond} a second on average. Nothing was done; retry later.");
}
