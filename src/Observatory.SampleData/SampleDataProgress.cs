namespace Observatory.SampleData;

/// <summary>Progress of a generation: reported after each file is written.</summary>
/// <param name="FilesWritten">Files written so far.</param>
/// <param name="TotalFiles">Files planned for this generation.</param>
/// <param name="RowsWritten">Data rows written so far (header lines excluded).</param>
/// <param name="CurrentFile">Relative path of the file just written.</param>
public readonly record struct SampleDataProgress(int FilesWritten, int TotalFiles, long RowsWritten, string CurrentFile);
