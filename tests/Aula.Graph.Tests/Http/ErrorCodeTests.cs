using Aula.Graph.Auth;
using Aula.Graph.Basics;
using Aula.Graph.Data.Seed;
using Aula.Graph.Http;
using Aula.Graph.Schema;
using Aula.Graph.Tests.Infrastructure;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Aula.Graph.Tests.Http;

/// Every error carries one stable code; nothing internal leaves the process outside Development.
public sealed class ErrorCodeTests
{
    private const string Secret = "connection string Password=hunter2";

    public static TheoryData<ExecutionError, string> Errors => new()
    {
        { new AulaError(ErrorCodes.NotFound, "gone"), "NOT_FOUND" },
        { new AulaError(ErrorCodes.StepUpRequired, "step up"), "STEP_UP_REQUIRED" },
        { new SyntaxError(new GraphQLSyntaxErrorException("Unexpected", "{", 1)), "VALIDATION" },
        { new ValidationError("Unknown field"), "VALIDATION" },
        { new InvalidOperationNameError("X"), "VALIDATION" },
        { new ComplexityError("too complex"), "LIMIT_EXCEEDED" },
        { new TimeoutError(), "UNAVAILABLE" },
        { new UnhandledError("Error trying to resolve field 'x'.", new InvalidOperationException(Secret)), "INTERNAL" },
        { new ExecutionError("odd", new InvalidOperationException(Secret)), "INTERNAL" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void ErrorGetsItsStableCode(ExecutionError error, string code)
    {
        var info = new AulaErrorInfoProvider(exposeExceptionDetails: false).GetInfo(error);

        Assert.Equal(code, info.Extensions?["code"]);
        Assert.Equal(["code"], info.Extensions!.Keys);
        Assert.DoesNotContain("hunter2", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExceptionDetailsAreExposedOnlyWhenAsked()
    {
        var error = new UnhandledError("Error trying to resolve field 'x'.", new InvalidOperationException(Secret));

        var hidden = new AulaErrorInfoProvider(exposeExceptionDetails: false).GetInfo(error);
        var shown = new AulaErrorInfoProvider(exposeExceptionDetails: true).GetInfo(error);

        Assert.Equal("An internal error occurred.", hidden.Message);
        Assert.False(hidden.Extensions!.ContainsKey("details"));
        Assert.Contains("hunter2", (string)shown.Extensions!["details"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtensionsSetByOurCodeGoAlongButTheCodeStaysOurs()
    {
        var error = new AulaError(ErrorCodes.RateLimited, "slow down");
        error.AddExtension("retryAfter", 5);
        error.AddExtension("code", "SOMETHING_ELSE");

        var info = new AulaErrorInfoProvider(false).GetInfo(error);

        Assert.Equal("RATE_LIMITED", info.Extensions?["code"]);
        Assert.Equal(5, info.Extensions?["retryAfter"]);
    }

    [Fact]
    public void LongMessagesAreCut()
    {
        var info = new AulaErrorInfoProvider(false).GetInfo(new AulaError(ErrorCodes.Validation, new string('x', 100_000)));

        Assert.True(info.Message.Length <= 1_001);
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task ResolverExceptionIsInternalWithDetailsOnlyInDevelopment(string environment, bool details)
    {
        using var factory = new AulaFactory(environment: environment);
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IQueryFields, ThrowingField>()));
        using var client = app.CreateClient();
        var token = app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(DemoLogins.Mette, secondFactor: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ boom __typename }" }),
        };
        request.Headers.Authorization = new("Bearer", token);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("\"code\":\"INTERNAL\"", body, StringComparison.Ordinal);
        Assert.Contains("\"__typename\":\"Query\"", body, StringComparison.Ordinal);
        Assert.Equal(details, body.Contains("hunter2", StringComparison.Ordinal));
        Assert.Equal(details, body.Contains("ThrowingField", StringComparison.Ordinal));
    }

    private sealed class ThrowingField : IQueryFields
    {
        public void AddTo(ObjectGraphType query) =>
            query.Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException(Secret));
    }
}
