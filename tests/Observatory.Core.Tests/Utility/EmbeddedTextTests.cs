using Observatory.Core.Utility;

namespace Observatory.Core.Tests.Utility;

public sealed class EmbeddedTextTests
{
    [Fact]
    public void Read_EmbeddedResource_ItsUtf8Text()
    {
        var text = EmbeddedText.Read(typeof(EmbeddedTextTests).Assembly, "Observatory.Core.Tests.embedded-sample.txt");
        Assert.Equal("Texte embarqué : é ✓\n", text);
        Assert.Same(text, EmbeddedText.Read(typeof(EmbeddedTextTests).Assembly, "Observatory.Core.Tests.embedded-sample.txt"));
    }

    [Fact]
    public void Read_MissingResource_ThrowsNamingItAndTheAssembly()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedText.Read(typeof(EmbeddedTextTests).Assembly, "Observatory.Core.Tests.nothing.sql"));
        Assert.Contains("'Observatory.Core.Tests.nothing.sql'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Observatory.Core.Tests", error.Message, StringComparison.Ordinal);
    }
}
