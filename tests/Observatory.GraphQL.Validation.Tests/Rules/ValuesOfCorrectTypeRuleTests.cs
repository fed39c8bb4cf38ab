using static Observatory.GraphQL.Validation.Tests.ValidationHarness;
using Observatory.GraphQL.Validation.Rules;

namespace Observatory.GraphQL.Validation.Tests.Rules;

/// <summary>ValuesOfCorrectTypeRule: cases ported from graphql-js <c>ValuesOfCorrectTypeRule-test.ts</c>; expectations are graphql-js 16.15.0 output.</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void Validate_good_int_value_Passes() => ShouldPass(Rule, """
            {
              arguments {
                intArgField(intArg: 2)
              }
            }
            """);

    [Fact]
    public void Validate_string_into_int_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                intArgField(intArg: "3")
              }
            }
            """,
        Error("Int cannot represent non-integer value: \"3\"", (3, 25)));

    [Fact]
    public void Validate_big_int_into_int_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                intArgField(intArg: 829384293849283498239482938)
              }
            }
            """,
        Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (3, 25)));

    [Fact]
    public void Validate_float_into_int_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                intArgField(intArg: 3.0)
              }
            }
            """,
        Error("Int cannot represent non-integer value: 3.0", (3, 25)));

    [Fact]
    public void Validate_int_into_string_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                stringArgField(stringArg: 1)
              }
            }
            """,
        Error("String cannot represent a non string value: 1", (3, 31)));

    [Fact]
    public void Validate_int_into_boolean_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                booleanArgField(booleanArg: 2)
              }
            }
            """,
        Error("Boolean cannot represent a non boolean value: 2", (3, 33)));

    [Fact]
    public void Validate_float_into_id_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                idArgField(idArg: 1.0)
              }
            }
            """,
        Error("ID cannot represent a non-string and non-integer value: 1.0", (3, 23)));

    [Fact]
    public void Validate_string_into_enum_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                enumArgField(enumArg: "SPOTTED")
              }
            }
            """,
        Error("Enum \"FurColor\" cannot represent non-enum value: \"SPOTTED\". Did you mean the enum value \"SPOTTED\"?", (3, 27)));

    [Fact]
    public void Validate_different_case_enum_value_into_enum_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                enumArgField(enumArg: spotted)
              }
            }
            """,
        Error("Value \"spotted\" does not exist in \"FurColor\" enum. Did you mean the enum value \"SPOTTED\"?", (3, 27)));

    [Fact]
    public void Validate_null_into_non_null_int_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                nonNullIntArgField(nonNullIntArg: null)
              }
            }
            """,
        Error("Expected value of type \"Int!\", found null.", (3, 39)));

    [Fact]
    public void Validate_incorrect_item_type_in_list_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """,
        Error("String cannot represent a non string value: 2", (3, 47)));

    [Fact]
    public void Validate_single_value_of_incorrect_type_into_list_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                stringListArgField(stringListArg: 1)
              }
            }
            """,
        Error("String cannot represent a non string value: 1", (3, 39)));

    [Fact]
    public void Validate_partial_object_missing_required_ReportsErrors() => ShouldFail(Rule, """
            {
              findDog(complex: { intField: 4 }) { name }
            }
            """,
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (2, 20)));

    [Fact]
    public void Validate_partial_object_unknown_field_arg_ReportsErrors() => ShouldFail(Rule, """
            {
              findDog(complex: { requiredField: true, invalidField: "value" }) { name }
            }
            """,
        Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (2, 43)));

    [Fact]
    public void Validate_reports_original_error_for_custom_scalar_which_throws_ReportsErrors() => ShouldFail(Rule, """
            {
              arguments {
                intArgField(intArg: { a: 1 })
              }
            }
            """,
        Error("Int cannot represent non-integer value: {a: 1}", (3, 25)));

    [Fact]
    public void Validate_oneof_exactly_one_field_Passes() => ShouldPass(Rule, """
            {
              findPet(input: { cat: { name: "Tom" } }) { name }
            }
            """);

    [Fact]
    public void Validate_oneof_more_than_one_field_ReportsErrors() => ShouldFail(Rule, """
            {
              findPet(input: { cat: { name: "Tom" }, dog: { name: "Rex" } }) { name }
            }
            """,
        Error("OneOf Input Object \"PetInput\" must specify exactly one key.", (2, 18)));

    [Fact]
    public void Validate_oneof_exactly_one_null_field_ReportsErrors() => ShouldFail(Rule, """
            {
              findPet(input: { cat: null }) { name }
            }
            """,
        Error("Field \"PetInput.cat\" must be non-null.", (2, 18)));

    [Fact]
    public void Validate_variables_with_invalid_default_null_values_ReportsErrors() => ShouldFail(Rule, """
            query WithDefaultValues($a: Int! = null, $b: String! = null) {
              dog { name }
            }
            """,
        Error("Expected value of type \"Int!\", found null.", (1, 36)),
        Error("Expected value of type \"String!\", found null.", (1, 56)));
}
