namespace Observatory.GraphQL.Language.Visiting;

/// <summary>What a visitor wants after seeing a node.</summary>
public enum VisitAction
{
    /// <summary>Go on: visit the children (from <c>Enter</c>) or the next node.</summary>
    Continue,

    /// <summary>From <c>Enter</c>: skip this node's children and its <c>Leave</c>. Same as Continue from <c>Leave</c>.</summary>
    Skip,

    /// <summary>Stop the whole traversal.</summary>
    Break,
}
