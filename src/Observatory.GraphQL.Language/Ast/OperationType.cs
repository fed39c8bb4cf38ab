namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>OperationType : one of query mutation subscription</c></summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
