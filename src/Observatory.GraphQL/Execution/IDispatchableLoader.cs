namespace Observatory.GraphQL.Execution;

/// <summary>A loader the <see cref="DataLoaderRegistry"/> can flush.</summary>
internal interface IDispatchableLoader
{
    bool HasPending { get; }

    void Dispatch();
}
