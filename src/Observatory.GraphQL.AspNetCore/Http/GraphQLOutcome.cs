using System.Text.Json;

namespace Observatory.GraphQL.AspNetCore.Http;

/// <summary>What became of a well-formed HTTP request once handed to the GraphQL engine.</summary>
public enum GraphQLOutcomeKind
{
    /// <summary>The operation ran: the body has <c>data</c> (possibly null) and maybe errors.</summary>
    Executed,

    /// <summary>The document did not parse.</summary>
    ParseError,

    /// <summary>The document failed validation.</summary>
    ValidationError,

    /// <summary>A request error before execution: no operation to run, bad variables, limits.</summary>
    RequestError,

    /// <summary>The request has no usable <c>query</c> (and no persisted document).</summary>
    MissingQuery,

    /// <summary>A mutation was sent with GET.</summary>
    MutationOverGet,
}

/// <summary>The engine's answer: its kind (which decides the status code) and the JSON body writer.</summary>
public sealed record GraphQLOutcome(GraphQLOutcomeKind Kind, Action<Utf8JsonWriter> WriteBody);
