using Observatory.SampleData.Internal.Reference;

namespace Observatory.SampleData.Internal;

/// <summary>A sample social or medico-social establishment (FINESS ET), shared by FINESS and the employer survey.</summary>
internal sealed record Establishment(
    string FinessNumber,
    string LegalEntityNumber,
    string ShortName,
    string LongName,
    FinessCategoryRef Category,
    SyntheticCommune Commune,
    string Street,
    string Siret,
    DateOnly Opened,
    double X,
    double Y,
    int BaseHeadcount,
    IReadOnlyList<(string MetierCode, double Weight)> Staffing);
