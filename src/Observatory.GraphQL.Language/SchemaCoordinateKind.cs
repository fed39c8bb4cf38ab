namespace Observatory.GraphQL.Language;

/// <summary>The five forms of a schema coordinate (September 2025, section 3.15).</summary>
public enum SchemaCoordinateKind
{
    /// <summary><c>TypeCoordinate : Name</c> (<c>Business</c>).</summary>
    Type,

    /// <summary><c>MemberCoordinate : Name . Name</c>: a field, input field or enum value (<c>Business.name</c>).</summary>
    Member,

    /// <summary><c>ArgumentCoordinate : Name . Name ( Name : )</c> (<c>Query.searchBusiness(criteria:)</c>).</summary>
    Argument,

    /// <summary><c>DirectiveCoordinate : @ Name</c> (<c>@private</c>).</summary>
    Directive,

    /// <summary><c>DirectiveArgumentCoordinate : @ Name ( Name : )</c> (<c>@private(scope:)</c>).</summary>
    DirectiveArgument,
}
