namespace Observatory.Api;

/// <summary>
/// Runs the API alone (<c>dotnet Observatory.Api.dll --Observatory:Home=DIR --urls URL</c>); <c>observatory serve</c> is
/// the usual way. Not static so that tests can name it as the entry point of a <c>WebApplicationFactory</c>.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args)
    {
        var app = ApiApplication.Build(args, configure: null);
        app.Run();
    }
}
