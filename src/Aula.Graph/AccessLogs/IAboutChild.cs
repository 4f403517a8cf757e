namespace Aula.Graph.AccessLogs;

/// A read model that holds data about one child. Reading any of its fields through a third-party client is
/// logged for that child (<see cref="ThirdPartyReads"/>); new read models about a child implement this.
public interface IAboutChild
{
    int ChildId { get; }
}
