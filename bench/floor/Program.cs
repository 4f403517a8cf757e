using System.Security.Claims;
using System.Security.Cryptography;
using Aula.Bench.Floor;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

// A minimal ASP.NET Core endpoint answering the dashboard query's JSON from the same statements as the peers:
// no GraphQL, no EF, the same token validation as Aula. Configured like Aula: ConnectionStrings__Aula,
// Auth__DevelopmentKeyPath, ASPNETCORE_URLS.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var key = ECDsa.Create();
key.ImportPkcs8PrivateKey(Convert.FromBase64String(File.ReadAllText(builder.Configuration["Auth:DevelopmentKeyPath"]!).Trim()), out _);
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
{
    o.MapInboundClaims = false;
    o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidAudience = "aula",
        ValidIssuer = "aula-dev",
        IssuerSigningKey = new ECDsaSecurityKey(key) { KeyId = "aula-dev" },
    };
});
builder.Services.AddAuthorization();
builder.Services.AddSingleton(new Dashboard(builder.Configuration.GetConnectionString("Aula")!));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, FloorJson.Default));

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapPost("/graphql", (ClaimsPrincipal user, Dashboard dashboard) =>
    dashboard.Read(user.FindFirstValue("sub")!, user.FindAll("amr").Any(c => c.Value == "mfa")) is { } data
        ? Results.Json(new Response(data), FloorJson.Default.Response)
        : Results.Unauthorized()).RequireAuthorization();
app.Run();
