namespace Portal.App.Platform.Live;

/// <summary>
/// Carries live updates between the portal's instances: each instance delivers its own updates to its own open pages,
/// and the bus takes them to the others. One instance (SQLite, the default) has nobody to tell
/// (<see cref="SingleInstanceLiveUpdateBus"/>); with PostgreSQL it is LISTEN/NOTIFY (PostgresLiveUpdateBus).
/// </summary>
public interface ILiveUpdateBus
{
    /// <summary>
    /// Hands <paramref name="message"/> (ids only, well under <see cref="MaxMessageLength"/>) to the other instances'
    /// subscribers of <paramref name="topic"/>. Call after the change was committed and delivered on this instance.
    /// A failure is logged, never thrown: the change is committed whatever the other instances hear.
    /// </summary>
    Task PublishAsync(string topic, string message);

    /// <summary>
    /// Calls <paramref name="onMessage"/> for each message another instance publishes on <paramref name="topic"/>, in
    /// order, including those published while this instance could not hear them (replayed when it hears again), until disposed.
    /// </summary>
    IDisposable Subscribe(string topic, Func<string, Task> onMessage);

    /// <summary>NOTIFY's payload is under 8,000 bytes; a message leaves room for the id, instance and topic around it.</summary>
    public const int MaxMessageLength = 7000;
}

/// <summary>The bus of a portal that runs as one instance: there is nobody else to tell.</summary>
public sealed class SingleInstanceLiveUpdateBus : ILiveUpdateBus
{
    public Task PublishAsync(string topic, string message) => Task.CompletedTask;

    public IDisposable Subscribe(string topic, Func<string, Task> onMessage) => Unsubscriber.Nothing;
}
