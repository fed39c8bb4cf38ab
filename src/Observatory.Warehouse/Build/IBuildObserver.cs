namespace Observatory.Warehouse.Build;

/// <summary>Receives the progress of a build (the CLI prints it on stderr).</summary>
public interface IBuildObserver
{
    void StepStarted(string step);

    void ModelStarted(string model, int index, int total);

    void ModelFinished(string model, TimeSpan elapsed);

    void TestsFinished(int run, int failed);
}
