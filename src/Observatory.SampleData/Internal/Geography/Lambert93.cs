namespace Observatory.SampleData.Internal.Geography;

/// <summary>Projects WGS84/RGF93 latitude and longitude to Lambert-93 (EPSG:2154), Lambert conformal conic on GRS80.</summary>
internal static class Lambert93
{
    private const double Eccentricity = 0.0818191910428158;
    private const double N = 0.7256077650532670;
    private const double C = 11754255.4260960;
    private const double FalseEasting = 700000.0;
    private const double YS = 12655612.0499;
    private const double CentralMeridianDegrees = 3.0;

    public static (double X, double Y) Project(double latitudeDegrees, double longitudeDegrees)
    {
        var phi = latitudeDegrees * Math.PI / 180.0;
        var sinPhi = Math.Sin(phi);
        var isometric = Math.Log(Math.Tan((Math.PI / 4) + (phi / 2))
            * Math.Pow((1 - (Eccentricity * sinPhi)) / (1 + (Eccentricity * sinPhi)), Eccentricity / 2));
        var radius = C * Math.Exp(-N * isometric);
        var gamma = N * (longitudeDegrees - CentralMeridianDegrees) * Math.PI / 180.0;
        return (FalseEasting + (radius * Math.Sin(gamma)), YS - (radius * Math.Cos(gamma)));
    }
}
