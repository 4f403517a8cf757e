using System.Text.Json.Nodes;
using Aula.Graph.Basics;
using Aula.Graph.Data;
using Aula.Graph.Tests.Subscriptions;
using Aula.Realtime.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Access.Matrix;

/// One subscription cell over graphql-transport-ws: subscribe as the role, wait until the stream listens on the
/// bus (or the start is answered), publish the entry's event, and check what arrives before a barrier event.
internal static class SocketCell
{
    public static async Task RunAsync(MatrixApp app, MatrixEntry entry, Role role)
    {
        var targets = MatrixTargets.Load(app.App.Services, role);
        var expected = entry.Expected(role);
        if (role.Login() is null || role == Role.Widget)
        {
            using var refused = await WsClient.ConnectAsync(app.App);
            var token = role.Login() is null ? null : await MatrixApp.TokenForAsync(app.App, role, entry.SecondFactor);
            await refused.SendAsync(new { type = "connection_init", payload = token is null ? (object)new { } : new { token } });
            Assert.Equal(Outcome.Unauthenticated, expected);
            Assert.Equal(4403, await refused.ClosedWithAsync());
            return;
        }
        var answer = await FirstAnswerAsync(app, entry, role, targets, entry.Variables(targets), expected is Outcome.Allowed or Outcome.StepUpRequired);
        var type = answer?["type"]?.GetValue<string>();
        // `next` carries { data, errors }; `error` carries the errors alone.
        var (data, errors) = type == "next" ? (answer!["payload"]?["data"], answer["payload"]?["errors"]) : (null, answer?["payload"]);
        var reached = JsonPaths.ValuesAt(data, entry.ReachedPath).Contains(entry.ReachedValue(targets));
        var codes = JsonPaths.ValuesAt(errors, "extensions.code").ToList();
        var why = $"{entry.Key} as {role} should be {expected}; the first answer was {answer?.ToJsonString() ?? "none"}";

        switch (expected)
        {
            case Outcome.Allowed:
                Assert.True(type == "next" && reached && codes.Count == 0, why);
                break;
            case Outcome.StepUpRequired:
                Assert.True(type == "next" && !reached && codes.SequenceEqual([ErrorCodes.StepUpRequired]), why);
                break;
            case Outcome.Hidden:
                // Refused at the start, or started and silent; for a target named by ID, exactly as for an ID that
                // names nothing (a start that listens and filters every event would not do).
                Assert.True(answer is null || (type == "error" && codes.SequenceEqual([ErrorCodes.NotFound])), why);
                if (entry.AimsById(targets))
                {
                    var missing = await FirstAnswerAsync(app, entry, role, targets, entry.Variables(targets.Nonexistent), false);
                    Assert.True(missing?.ToJsonString() == answer?.ToJsonString(), $"{why}; for an ID that names nothing: {missing?.ToJsonString() ?? "none"}");
                }
                break;
            default:
                Assert.Fail($"{entry.Key}: a subscription cell cannot expect {expected}.");
                break;
        }
    }

    /// The first message for the operation; when none is expected, null if none came before the barrier. The barrier:
    /// once the entry's event is published, the role's own person comes online, which every signed-in role sees, on
    /// a stream of the same socket; twice, so that an answer to the entry's event, handed to the cell's stream first,
    /// has had the time of two events to arrive. On the cell's own stream (`presenceChanged`) the order is strict.
    private static async Task<JsonObject?> FirstAnswerAsync(
        MatrixApp app, MatrixEntry entry, Role role, MatrixTargets targets, object? variables, bool expectEvent)
    {
        using var client = await WsClient.ConnectAsync(app.App);
        await client.SendAsync(new { type = "connection_init", payload = new { token = await MatrixApp.TokenForAsync(app.App, role, entry.SecondFactor) } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())!["type"]!.GetValue<string>());
        if (!expectEvent)
        {
            await app.Bus.ListeningAfterAsync(() => client.SubscribeAsync("barrier", "subscription { presenceChanged { person { id } } }"));
        }

        var listening = app.Bus.NextSubscription;
        await client.SubscribeAsync("cell", entry.Document, variables);
        var first = client.ReceiveAsync();
        if (await Task.WhenAny(first, listening.WaitAsync(WsClient.Timeout)) == first)
        {
            return await first; // answered at the start
        }
        await listening; // throws if the stream never started listening
        await app.Bus.PublishAsync(entry.Trigger!(targets)).WaitAsync(WsClient.Timeout);
        if (expectEvent)
        {
            return await first;
        }
        var self = Self(app, role);
        var selfId = GlobalId.Encode("Person", self);
        var next = first;
        for (var round = 0; round < 2; round++)
        {
            await app.Bus.PublishAsync(new PresenceChanged(self, true)).WaitAsync(WsClient.Timeout);
            while (true)
            {
                var message = await next;
                if (message is null)
                {
                    return null; // the server closed the socket
                }
                next = client.ReceiveAsync();
                if (message["id"]?.GetValue<string>() == "barrier"
                    || JsonPaths.ValuesAt(message["payload"]?["data"], "presenceChanged.person.id").Contains(selfId))
                {
                    break;
                }
                if (message["id"]?.GetValue<string>() == "cell")
                {
                    return message;
                }
            }
        }
        return null;
    }

    private static int Self(MatrixApp app, Role role)
    {
        using var db = app.App.Services.GetRequiredService<IDbContextFactory<AulaDbContext>>().CreateDbContext();
        return db.People.Single(p => p.Login == role.Login()).Id;
    }
}
