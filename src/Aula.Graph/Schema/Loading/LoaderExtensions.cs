using GraphQL;

namespace Aula.Graph.Schema.Loading;

public static class LoaderExtensions
{
    /// The request's instance of a batch loader.
    public static T Loader<T>(this IResolveFieldContext context)
        where T : class =>
        context.RequestServices!.GetRequiredService<T>();
}
