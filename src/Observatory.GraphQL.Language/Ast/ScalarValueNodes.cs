namespace Observatory.GraphQL.Language.Ast;

/// <summary><c>IntValue :: IntegerPart</c>; <see cref="Value"/> is the literal text (e.g. <c>-0</c>).</summary>
public sealed record IntValueNode(string Value) : ValueNode
{
    public override NodeKind Kind => NodeKind.IntValue;

    internal override int SlotCount => 0;

    internal override object? GetSlot(int index) => throw BadSlot(index);

    internal override bool ScalarsEqual(Node other) => string.Equals(Value, ((IntValueNode)other).Value, StringComparison.Ordinal);

    internal override int ScalarsHash() => StringComparer.Ordinal.GetHashCode(Value);
}

/// <summary><c>FloatValue :: IntegerPart FractionalPart? ExponentPart?</c>; <see cref="Value"/> is the literal text.</summary>
public sealed record FloatValueNode(string Value) : ValueNode
{
    public override NodeKind Kind => NodeKind.FloatValue;

    internal override int SlotCount => 0;

    internal override object? GetSlot(int index) => throw BadSlot(index);

    internal override bool ScalarsEqual(Node other) => string.Equals(Value, ((FloatValueNode)other).Value, StringComparison.Ordinal);

    internal override int ScalarsHash() => StringComparer.Ordinal.GetHashCode(Value);
}

/// <summary>
/// <c>StringValue :: " StringCharacter* " | BlockString</c>; <see cref="Value"/> is the cooked value (escapes
/// resolved, block strings dedented) and <see cref="Block"/> says whether it was written as a block string.
/// </summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;

    internal override int SlotCount => 0;

    internal override object? GetSlot(int index) => throw BadSlot(index);

    internal override bool ScalarsEqual(Node other)
    {
        var that = (StringValueNode)other;
        return Block == that.Block && string.Equals(Value, that.Value, StringComparison.Ordinal);
    }

    internal override int ScalarsHash() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Value), Block);
}

/// <summary><c>BooleanValue : one of true false</c></summary>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    internal override int SlotCount => 0;

    internal override object? GetSlot(int index) => throw BadSlot(index);

    internal override bool ScalarsEqual(Node other) => Value == ((BooleanValueNode)other).Value;

    internal override int ScalarsHash() => Value ? 1 : 2;
}

/// <summary><c>NullValue : null</c></summary>
public sealed record NullValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.NullValue;

    internal override int SlotCount => 0;

    internal override object? GetSlot(int index) => throw BadSlot(index);
}

/// <summary><c>EnumValue : Name but not true or false or null</c></summary>
public sealed record EnumValueNode(string Value) : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;

    internal override int SlotCount => 0;

    internal override object? GetSlot(int index) => throw BadSlot(index);

    internal override bool ScalarsEqual(Node other) => string.Equals(Value, ((EnumValueNode)other).Value, StringComparison.Ordinal);

    internal override int ScalarsHash() => StringComparer.Ordinal.GetHashCode(Value);
}
