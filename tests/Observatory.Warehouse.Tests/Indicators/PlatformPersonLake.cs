using System.Text;
using Observatory.Core.Home;
using Observatory.Etl.Jobs;
using Observatory.Warehouse.Build;
using Observatory.Warehouse.Tests.Support;

namespace Observatory.Warehouse.Tests.Indicators;

/// <summary>
/// Hand-written person-level files of the platforms (<c>plateforme_parcours</c>), through the real ingest and build, once per
/// test class. Ain (01) and Savoie (73) make region 84, the Landes (40) region 75.
/// </summary>
public sealed class PlatformPersonLake : IDisposable
{
    private const string Header = "Identifiant;Département;Plateforme;Année;Trimestre;Code métier;Statut;Type de sortie;Date de sortie\n";

    /// <summary>Accompanied in T1, T2 and T3 of 2023 (aide-soignant), exits to a job in T3: one person, one exit.</summary>
    public const string ThreeQuarterPerson = "a1b2c3d4e5f60001";

    private readonly TempHome _temp = new();

    public PlatformPersonLake()
    {
        var incoming = Path.Combine(_temp.Root, "incoming");
        Directory.CreateDirectory(incoming);
        Write(incoming, "plateforme_parcours_01_2023.csv",
            $"{ThreeQuarterPerson};01;P01;2023;T1;AS;En cours;;",
            $"{ThreeQuarterPerson};01;P01;2023;T2;AS;En cours;;",
            $"{ThreeQuarterPerson};01;P01;2023;T3;AS;Sortie;Emploi;15/09/2023",
            "a1b2c3d4e5f60002;01;P01;2023;T1;AS;En cours;;", // exits to a training in T2
            "a1b2c3d4e5f60002;01;P01;2023;T2;AS;Sortie;Formation;10/05/2023",
            "a1b2c3d4e5f60003;01;P01;2023;T2;AS;En cours;;", // still accompanied at the end of the year, and in 2024
            "a1b2c3d4e5f60003;01;P01;2023;T3;AS;En cours;;",
            "a1b2c3d4e5f60003;01;P01;2023;T4;AS;En cours;;",
            "a1b2c3d4e5f60004;01;P01;2023;T1;AS;Sortie;Formation;20/02/2023", // exits twice: the later exit (a job) counts
            "a1b2c3d4e5f60004;01;P01;2023;T3;AS;En cours;;",
            "a1b2c3d4e5f60004;01;P01;2023;T4;AS;Sortie;Emploi;02/12/2023",
            "a1b2c3d4e5f60005;01;P01;2023;T1;AES;En cours;;", // changes project: the last quarter's métier (AS) counts
            "a1b2c3d4e5f60005;01;P01;2023;T2;AS;En cours;;",
            "a1b2c3d4e5f60006;01;P01;2023;T1;AES;En cours;;",
            "a1b2c3d4e5f60006;01;P01;2023;T2;AES;En cours;;",
            "a1b2c3d4e5f60006;01;P01;2023;T3;AES;En cours;;",
            "a1b2c3d4e5f60006;01;P01;2023;T4;AES;Sortie;Emploi;05/11/2023",
            "a1b2c3d4e5f60007;01;P01;2023;T4;AES;Sortie;Autre;30/12/2023");
        Write(incoming, "plateforme_parcours_01_2024.csv",
            "a1b2c3d4e5f60003;01;P01;2024;T1;AS;Sortie;Emploi;12/01/2024");
        Write(incoming, "plateforme_parcours_73_2023.csv",
            "b1b2c3d4e5f60001;73;P73;2023;T1;AS;En cours;;",
            "b1b2c3d4e5f60001;73;P73;2023;T2;AS;Sortie;Emploi;01/06/2023",
            "b1b2c3d4e5f60002;73;P73;2023;T2;AS;En cours;;",
            "b1b2c3d4e5f60002;73;P73;2023;T3;AS;En cours;;");
        Write(incoming, "plateforme_parcours_40_2023.csv",
            "c1b2c3d4e5f60001;40;P40;2023;T4;AS;En cours;;");
        Ingest = IngestRunner.Run([incoming], new IngestOptions { Home = _temp.Home });
        Build = WarehouseBuilder.Run(new BuildOptions { Home = _temp.Home });
    }

    public DataHome Home => _temp.Home;

    public IngestReport Ingest { get; }

    public BuildReport Build { get; }

    public void Dispose() => _temp.Dispose();

    private static void Write(string folder, string name, params string[] rows) =>
        File.WriteAllText(Path.Combine(folder, name), Header + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
}
