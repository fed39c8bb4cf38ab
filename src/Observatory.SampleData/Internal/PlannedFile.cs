namespace Observatory.SampleData.Internal;

/// <summary>A file the generator will write; <see cref="Build"/> runs only when the file is written.</summary>
internal sealed record PlannedFile(string RelativePath, string SourceId, string Vintage, bool IsDefective, Func<FileContent> Build);
