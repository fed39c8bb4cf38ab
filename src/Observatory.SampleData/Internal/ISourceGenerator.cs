namespace Observatory.SampleData.Internal;

/// <summary>Plans the files of one source (one implementation per source, in <c>Internal/Sources</c>).</summary>
internal interface ISourceGenerator
{
    string SourceId { get; }

    IEnumerable<PlannedFile> Plan(GenerationContext context);
}
