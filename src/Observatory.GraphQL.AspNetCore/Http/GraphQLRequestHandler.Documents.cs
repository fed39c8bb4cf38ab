using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Language.Ast;
using Observatory.GraphQL.Validation;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.AspNetCore.Http;

public sealed partial class GraphQLRequestHandler
{
    private readonly BoundedCache<PreparedDocument> _documents = new();

    /// <summary>
    /// Parses and validates <paramref name="query"/>, or takes the result from the cache (keyed by the query's
    /// SHA-256 and the introspection switch; validation does not depend on variables). Parse errors are not cached.
    /// </summary>
    private PreparedDocument Prepare(string query, string? knownHash, GraphQLHttpOptions options, bool introspectionEnabled)
    {
        var key = options.DocumentCacheSize > 0 ? (knownHash ?? QueryHash.Compute(query)) + (introspectionEnabled ? "+i" : "-i") : null;
        if (key is not null && _documents.TryGet(key, out var cached))
        {
            return cached;
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _parserOptions);
        }
        catch (GraphQLSyntaxException ex)
        {
            return new PreparedDocument(null, [GraphQLError.FromSyntaxException(ex)], GraphQLOutcomeKind.ParseError);
        }

        var prepared = Validate(document, options.Limits, introspectionEnabled);
        if (key is not null)
        {
            _documents.Set(key, prepared, options.DocumentCacheSize);
        }

        return prepared;
    }

    private PreparedDocument Validate(DocumentNode document, ValidationLimits limits, bool introspectionEnabled)
    {
        var errors = _validate(_schema, document);
        if (errors.Count == 0)
        {
            IValidationRule[] hardening = introspectionEnabled
                ? [new MaxDepthRule(limits.MaxDepth), new MaxAliasesRule(limits.MaxAliases), new MaxDirectivesPerLocationRule(limits.MaxDirectivesPerLocation)]
                : [new IntrospectionDisabledRule(), new MaxDepthRule(limits.MaxDepth), new MaxAliasesRule(limits.MaxAliases), new MaxDirectivesPerLocationRule(limits.MaxDirectivesPerLocation)];
            errors = DocumentValidator.Validate(_schema, document, hardening);
        }

        if (errors.Count == 0)
        {
            return new PreparedDocument(document, [], GraphQLOutcomeKind.Executed);
        }

        var shown = errors
            .Select(e => e.Extensions is null ? WithCode(e, ErrorCodes.ValidationFailed) : e)
            .Select(e => introspectionEnabled ? e : SchemaHintFilter.Strip(e))
            .ToList();
        return new PreparedDocument(null, shown, GraphQLOutcomeKind.ValidationError);
    }

    /// <summary>A parsed document ready to run, or the errors (and their kind) that refuse it.</summary>
    private sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors, GraphQLOutcomeKind FailureKind);
}
