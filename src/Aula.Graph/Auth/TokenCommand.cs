namespace Aula.Graph.Auth;

/// `dotnet run --project src/Aula.Graph -- token &lt;login&gt; [--mfa]` prints a development token.
internal static class TokenCommand
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "token")
        {
            return false;
        }
        var login = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (login is null)
        {
            Console.Error.WriteLine("usage: token <login> [--mfa]");
            exitCode = 2;
            return true;
        }
        var builder = WebApplication.CreateSlimBuilder(args.Skip(2).Where(a => a != "--mfa").ToArray());
        builder.Services.AddSingleton(TimeProvider.System).AddAulaAuth();
        using var app = builder.Build();
        Console.WriteLine(app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(login, args.Contains("--mfa")));
        return true;
    }
}
