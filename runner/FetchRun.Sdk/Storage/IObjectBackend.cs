namespace FetchRun.Sdk.Storage;

/// <summary>One scheme's implementation of <see cref="IObjectStore"/>.</summary>
internal interface IObjectBackend : IObjectStore;
