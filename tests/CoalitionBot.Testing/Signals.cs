using System.Runtime.InteropServices;

namespace CoalitionBot.Testing;

/// <summary>POSIX signals to child processes (.NET itself only offers SIGKILL, through Process.Kill).</summary>
public static class Signals
{
    public const int Kill = 9, Terminate = 15;

    public static void Send(int processId, int signal)
    {
        if (SendSignal(processId, signal) != 0) throw new InvalidOperationException($"kill({processId}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}.");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int sig);
}
