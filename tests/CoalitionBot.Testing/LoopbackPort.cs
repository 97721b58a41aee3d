using System.Net;
using System.Net.Sockets;

namespace CoalitionBot.Testing;

/// <summary>Ports on 127.0.0.1 for the servers and child processes the tests and the benchmark start.</summary>
public static class LoopbackPort
{
    /// <summary>A port nobody listens on now, for a child process to bind.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on the port; gives up at once when <paramref name="exited"/> says the process that should listen has ended.</summary>
    public static async Task WaitUntilListeningAsync(int port, string what, TimeSpan timeout, Func<bool>? exited = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (exited?.Invoke() == true)
            {
                throw new InvalidOperationException($"{what} exited before listening on 127.0.0.1:{port}.");
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            catch (SocketException e)
            {
                throw new TimeoutException($"{what} did not start listening on 127.0.0.1:{port} within {timeout.TotalSeconds} s.", e);
            }
        }
    }
}
