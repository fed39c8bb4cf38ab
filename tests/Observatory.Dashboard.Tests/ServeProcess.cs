using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Observatory.Dashboard.Tests;

/// <summary>
/// <c>observatory serve</c> as a child process on a free 127.0.0.1 port; ready once <c>/health</c> answers 200.
/// Disposing kills it (and its children).
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public static async Task<ServeProcess> StartAsync(string home, HttpClient http)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var info = CliProcess.StartInfo(["serve", "--home", home, "--urls", baseAddress.ToString().TrimEnd('/')]);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServeProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitHealthyAsync(http).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            throw;
        }
        return server;
    }

    private async Task WaitHealthyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"observatory serve exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "health")).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250).ConfigureAwait(false);
        }
        throw new TimeoutException($"observatory serve did not answer /health with 200 within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _process.Dispose();
    }
}
