using System.Text.Json;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Execution;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Validation;

namespace Observatory.GraphQL.Fuzz.Tests;

/// <summary>What became of one fuzz input.</summary>
public enum FuzzOutcome
{
    ParseError,
    ValidationErrors,
    Executed,
}

/// <summary>
/// Runs one input through parse (default limits), validation (every rule plus the limit and cost rules, priced with
/// the input's variables) and execution: the only acceptable failures are a <see cref="GraphQLSyntaxException"/> or
/// <see cref="GraphQLError"/>s with a message; any other exception, an internal error, or a result that does not
/// serialize is a finding.
/// </summary>
public static class FuzzTarget
{
    private static readonly IReadOnlyList<IValidationRule> Rules = SpecifiedRules.WithLimits(new ValidationLimits());

    public static FuzzOutcome Run(string text, JsonElement? variables, TimeSpan executionTimeout)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLSyntaxException syntax)
        {
            Require(syntax.Message.Length > 0 && syntax.Line > 0 && syntax.Column > 0, "syntax error without message or position");
            return FuzzOutcome.ParseError;
        }

        var rules = variables is null ? Rules : SpecifiedRules.WithLimits(new ValidationLimits(), variables);
        var errors = DocumentValidator.Validate(FuzzSchema.Instance, document, rules);
        if (errors.Count > 0)
        {
            RequireProper(errors);
            return FuzzOutcome.ValidationErrors;
        }

        var operationName = document.Definitions.OfType<OperationDefinitionNode>().FirstOrDefault()?.Name?.Value;
        using var timeout = new CancellationTokenSource(executionTimeout);
        var result = GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = FuzzSchema.Instance,
            Document = document,
            OperationName = operationName,
            VariableValues = variables,
            CancellationToken = timeout.Token,
            OnUnexpectedError = (exception, _) => throw new FuzzFindingException("a resolver failed unexpectedly: " + exception),
        }).GetAwaiter().GetResult();
        RequireProper(result.Errors);
        Require(result.ToJson().Length > 0, "empty serialized result");
        return FuzzOutcome.Executed;
    }

    private static void RequireProper(IReadOnlyList<GraphQLError> errors)
    {
        foreach (var error in errors)
        {
            Require(!string.IsNullOrEmpty(error.Message), "error without message");
            Require(error.Code != ErrorCodes.InternalServerError, "internal error: " + error.Message);
        }
    }

    private static void Require(bool condition, string finding)
    {
        if (!condition)
        {
            throw new FuzzFindingException(finding);
        }
    }
}

/// <summary>A property the fuzz target checks did not hold.</summary>
public sealed class FuzzFindingException : Exception
{
    public FuzzFindingException()
    {
    }

    public FuzzFindingException(string message)
        : base(message)
    {
    }

    public FuzzFindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
