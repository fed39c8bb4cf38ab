using Observatory.GraphQL.Building;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Language;
using Observatory.GraphQL.Types;

namespace Observatory.GraphQL.Tests.Types;

public class EnumTypeTests
{
    private enum Color
    {
        Red,
        Green,
    }

    private static readonly EnumType ColorType = (EnumType)new SchemaBuilder()
        .Query(q => q.Field("c", "Color"))
        .Enum("Color", e => e.Value("RED", Color.Red).Value("GREEN", Color.Green, deprecationReason: "Use RED"))
        .Build()
        .GetType("Color")!;

    [Fact]
    public void Serialize_InternalValue_ReturnsName() => Assert.Equal("GREEN", ColorType.Serialize(Color.Green));

    [Fact]
    public void Serialize_UnknownValue_Throws() =>
        Assert.Equal("Enum \"Color\" cannot represent value: 5", Assert.Throws<GraphQLException>(() => ColorType.Serialize(5)).Message);

    [Fact]
    public void ParseValue_Name_ReturnsInternalValue() => Assert.Equal(Color.Red, ColorType.ParseValue("RED"));

    [Fact]
    public void ParseValue_UnknownName_Throws() =>
        Assert.Equal("Value \"BLUE\" does not exist in \"Color\" enum.", Assert.Throws<GraphQLException>(() => ColorType.ParseValue("BLUE")).Message);

    [Fact]
    public void ParseLiteral_StringLiteral_IsRejected() =>
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\".", Assert.Throws<GraphQLException>(() => ColorType.ParseLiteral(Parser.ParseValue("\"RED\""))).Message);

    [Fact]
    public void ParseLiteral_EnumLiteral_ReturnsInternalValue() => Assert.Equal(Color.Green, ColorType.ParseLiteral(Parser.ParseValue("GREEN")));
}
