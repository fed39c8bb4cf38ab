using Observatory.Etl.Contracts;

namespace Observatory.Etl.Tests.Contracts;

public class HeaderNormalizerTests
{
    [Theory]
    [InlineData("code métier BMO ", "code metier bmo")]
    [InlineData("  Code   Métier\tBMO", "code metier bmo")]
    [InlineData("Entrées en formation", "entrees en formation")]
    [InlineData("Intitulé de l\u2019action", "intitule de l'action")]
    [InlineData("N°\u00a0FINESS ET", "n° finess et")]
    [InlineData("Main-d'œuvre", "main-d'oeuvre")]
    public void Normalize_FoldsCaseAccentsAndSpaces(string input, string expected) =>
        Assert.Equal(expected, HeaderNormalizer.Normalize(input));
}
