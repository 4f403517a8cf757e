using GraphQL.Types;

namespace Aula.Graph.Schema;

/// Fields a feature adds to another feature's type (a type extension), so that, say, `Child.consents`
/// lives in Consents/ beside the rest of consents. The type applies every registered extension.
public interface ITypeFields<in TGraphType>
    where TGraphType : IComplexGraphType
{
    void AddTo(TGraphType type);
}

public static class TypeFieldsExtensions
{
    public static void Extend<TGraphType>(this TGraphType type, IEnumerable<ITypeFields<TGraphType>> extensions)
        where TGraphType : IComplexGraphType
    {
        ArgumentNullException.ThrowIfNull(extensions);
        foreach (var extension in extensions.OrderBy(e => e.GetType().Name, StringComparer.Ordinal))
        {
            extension.AddTo(type);
        }
    }
}
