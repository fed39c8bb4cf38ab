namespace Observatory.GraphQL.Errors;

/// <summary>
/// Message templates of request and execution errors, worded as graphql-js 16 words them so responses can be
/// compared with the reference implementation. Developer-facing English, as clients see the spec's wording.
/// </summary>
public static class ExecutionMessages
{
    public const string UnexpectedError = "Unexpected error.";

    public const string MustProvideOperation = "Must provide an operation.";

    public const string MustProvideOperationName = "Must provide operation name if query contains multiple operations.";

    public const string SubscriptionsNotSupported = "Subscription operations are not supported.";

    public const string VariablesNotAnObject = "Variables must be provided as an Object where each property is a variable value.";

    public static string UnknownOperation(string name) => $"Unknown operation named \"{name}\".";

    public static string OperationTypeNotConfigured(string operation) => $"Schema is not configured to execute {operation} operation.";

    public static string NonNullFieldReturnedNull(string typeName, string fieldName) =>
        $"Cannot return null for non-nullable field {typeName}.{fieldName}.";

    public static string ExpectedIterable(string typeName, string fieldName) =>
        $"Expected Iterable, but did not find one for field \"{typeName}.{fieldName}\".";

    public static string ExpectedValueOfType(string typeName, string value) => $"Expected value of type \"{typeName}\" but got: {value}.";

    public static string AbstractTypeNotResolved(string abstractType, string parentType, string fieldName) =>
        $"Abstract type \"{abstractType}\" must resolve to an Object type at runtime for field \"{parentType}.{fieldName}\". Either the \"{abstractType}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.";

    public static string AbstractTypeResolvedToUnknown(string abstractType, string typeName) =>
        $"Abstract type \"{abstractType}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.";

    public static string AbstractTypeResolvedToNonObject(string abstractType, string typeName) =>
        $"Abstract type \"{abstractType}\" was resolved to a non-object type \"{typeName}\".";

    public static string NotAPossibleType(string typeName, string abstractType) =>
        $"Runtime Object type \"{typeName}\" is not a possible type for \"{abstractType}\".";

    public static string VariableNotInputType(string name, string type) =>
        $"Variable \"${name}\" expected value of type \"{type}\" which cannot be used as an input type.";

    public static string VariableNonNullIsNull(string name, string type) => $"Variable \"${name}\" of non-null type \"{type}\" must not be null.";

    public static string VariableNotProvided(string name, string type) => $"Variable \"${name}\" of required type \"{type}\" was not provided.";

    public static string VariableInvalidValue(string name, string value, string path, string reason) =>
        $"Variable \"${name}\" got invalid value {value}{(path.Length > 0 ? $" at \"{name}{path}\"" : "")}; {reason}";

    public static string ArgumentNonNullIsNull(string name, string type) => $"Argument \"{name}\" of non-null type \"{type}\" must not be null.";

    public static string ArgumentVariableNotProvided(string name, string type, string variable) =>
        $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable}\" which was not provided a runtime value.";

    public static string ArgumentNotProvided(string name, string type) => $"Argument \"{name}\" of required type \"{type}\" was not provided.";

    public static string ArgumentInvalidValue(string name, string literal) => $"Argument \"{name}\" has invalid value {literal}.";

    public static string ExpectedNonNull(string type) => $"Expected non-nullable type \"{type}\" not to be null.";

    public static string ExpectedType(string type) => $"Expected type \"{type}\".";

    public static string ExpectedObject(string type) => $"Expected type \"{type}\" to be an object.";

    public static string InputFieldNotProvided(string field, string type) => $"Field \"{field}\" of required type \"{type}\" was not provided.";

    public static string InputFieldNotDefined(string field, string type) => $"Field \"{field}\" is not defined by type \"{type}\".";

    public static string OneOfExactlyOneKey(string type) => $"Exactly one key must be specified for OneOf type \"{type}\".";

    public static string OneOfFieldNull(string field) => $"Field \"{field}\" must be non-null.";
}
