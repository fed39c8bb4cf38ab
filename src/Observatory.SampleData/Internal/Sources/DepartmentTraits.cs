using Observatory.SampleData.Internal.Geography;

namespace Observatory.SampleData.Internal.Sources;

/// <summary>Stable per-department traits: size factor and a small bias of tension, the same for every source.</summary>
internal readonly record struct DepartmentTraits(double Size, double DifficultyBias, double DemandBias)
{
    public static DepartmentTraits Of(GenerationContext context, string departmentCode)
    {
        var random = context.RandomFor("department-traits", departmentCode);
        return new DepartmentTraits(
            DepartmentPopulations.SizeFactor(departmentCode),
            random.Between(-0.03, 0.03),
            random.Noise(0.12));
    }
}
