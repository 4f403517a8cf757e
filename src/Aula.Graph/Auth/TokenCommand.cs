namespace Aula.Graph.Auth;

/// `dotnet run --project src/Aula.Graph -- token &lt;login&gt; [--mfa] [--client &lt;id&gt;]` prints a development token.
internal static class TokenCommand
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "token")
        {
            return false;
        }
        var rest = args.Skip(1).ToList();
        var client = rest.IndexOf("--client");
        string? clientId = null;
        if (client >= 0)
        {
            clientId = client + 1 < rest.Count ? rest[client + 1] : null;
            rest.RemoveRange(client, Math.Min(2, rest.Count - client));
        }
        var login = rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (login is null || (client >= 0 && string.IsNullOrWhiteSpace(clientId)))
        {
            Console.Error.WriteLine("usage: token <login> [--mfa] [--client <client id>]");
            exitCode = 2;
            return true;
        }
        var builder = WebApplication.CreateSlimBuilder(rest.Where(a => a != login && a != "--mfa").ToArray());
        builder.Services.AddSingleton(TimeProvider.System).AddAulaAuth();
        using var app = builder.Build();
        Console.WriteLine(app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(login, rest.Contains("--mfa"), clientId));
        return true;
    }
}
