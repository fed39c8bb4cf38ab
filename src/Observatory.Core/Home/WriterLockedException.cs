namespace Observatory.Core.Home;

/// <summary>Another process holds the data home's writer lock.</summary>
public sealed class WriterLockedException : Exception
{
    public WriterLockedException(string message)
        : base(message)
    {
    }
}
