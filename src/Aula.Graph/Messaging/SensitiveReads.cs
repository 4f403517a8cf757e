using Aula.Graph.Access;
using Aula.Graph.AccessLogs;
using GraphQL;

namespace Aula.Graph.Messaging;

/// The gate in front of a thread's contents (subject, messages, bodies): step-up for a sensitive thread, and
/// every read that passes it written to the access log.
internal static class SensitiveReads
{
    /// Throws STEP_UP_REQUIRED unless the viewer may open the thread; logs the read of a sensitive one.
    public static async Task<Viewer> OpenAsync(IResolveFieldContext context, int threadId, bool sensitive)
    {
        var viewer = await context.ViewerAsync();
        ThreadErrors.RequireStepUp(viewer, sensitive);
        Log(context).RecordThread(threadId, sensitive);
        return viewer;
    }

    /// A message body about to be returned. Without step-up it cannot be a sensitive thread's (the access
    /// filters hide those), so only a stepped-up viewer's reads are checked against the thread's flag.
    public static async Task<string> BodyAsync(IResolveFieldContext<Data.Message> context)
    {
        if ((await context.ViewerAsync()).SteppedUp)
        {
            Log(context).RecordBody(context.Source.ThreadId);
        }
        return context.Source.Body;
    }

    private static AccessLog Log(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AccessLog>();
}
