namespace Observatory.Core.Reference;

/// <summary>One row of DARES's ROME → FAP passage (<c>xw_rome_fap.csv</c>), e.g. ROME v3 <c>J1501</c> → FAP 2009 <c>V0Z60</c>.</summary>
public sealed record RomeFapLink(string RomeCode, string RomeVersion, string FapCode, string FapVersion);
