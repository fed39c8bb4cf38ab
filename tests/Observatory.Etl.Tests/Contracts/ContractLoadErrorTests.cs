using Observatory.Etl.Contracts;

namespace Observatory.Etl.Tests.Contracts;

public sealed class ContractLoadErrorTests(ContractFixture fixture) : IClassFixture<ContractFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("obs-contract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LoadFile_UnknownKey_NamesFileAndLine()
    {
        var path = Mutate("plan_actions", "    nullable: false\n", "    nullabel: false\n", firstOnly: true);

        var e = Assert.Throws<ContractException>(() => ContractCatalog.LoadFile(path));

        Assert.Contains("plan_actions.yaml:", e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown key 'nullabel'", e.Message, StringComparison.Ordinal);
        Assert.True(e.Line > 1);
    }

    [Fact]
    public void LoadFile_RuleOnUndeclaredColumn_Fails()
    {
        var path = Mutate("bmo", "check: \"xmet <= met\"", "check: \"xmet <= mett\"", firstOnly: true);

        var e = Assert.Throws<ContractException>(() => ContractCatalog.LoadFile(path));

        Assert.Contains("undeclared column 'mett'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_UnknownReferenceList_Fails()
    {
        var path = Mutate("enquete_rh", "list: metiers", "list: jobs", firstOnly: true);

        var e = Assert.Throws<ContractException>(() => ContractCatalog.LoadFile(path));

        Assert.Contains("unknown list 'jobs'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_InvalidYaml_ReportsLine()
    {
        var path = Path.Combine(_dir, "broken.yaml");
        File.WriteAllText(path, "id: broken\ncolumns: [a, b\n");

        var e = Assert.Throws<ContractException>(() => ContractCatalog.LoadFile(path));

        Assert.StartsWith(path + ":", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_IdDifferentFromFileName_Fails()
    {
        var path = Path.Combine(_dir, "other.yaml");
        File.Copy(Path.Combine(fixture.SchemasDir, "sources", "plan_actions.yaml"), path);

        Assert.Throws<ContractException>(() => ContractCatalog.LoadFile(path));
    }

    [Fact]
    public void LoadFile_BadRuleExpression_Fails()
    {
        var path = Mutate("bmo", "check: \"smet <= met\"", "check: \"smet <= met <= xmet\"", firstOnly: true);

        var e = Assert.Throws<ContractException>(() => ContractCatalog.LoadFile(path));

        Assert.Contains("exactly one comparison", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_WhenOnAValueOutsideTheAllowedList_Fails()
    {
        var path = Mutate("plateforme_parcours", "in: [SORTIE]", "in: [SORTI]", firstOnly: true);

        var e = Assert.Throws<ContractException>(() => ContractCatalog.LoadFile(path));

        Assert.Contains("'SORTI', which is not one of its allowed values", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_WhenWithBothFilledAndBlank_Fails()
    {
        var path = Mutate("plateforme_parcours", "    filled: [exit_type, exit_date]\n", "    filled: [exit_type]\n    blank: [exit_date]\n", firstOnly: true);

        var e = Assert.Throws<ContractException>(() => ContractCatalog.LoadFile(path));

        Assert.Contains("exactly one of 'filled' or 'blank'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_FilledWithoutWhen_Fails()
    {
        var path = Mutate("plateforme_parcours", "    unique: [department_code, person_id, year, quarter]\n",
            "    unique: [department_code, person_id, year, quarter]\n    filled: [exit_date]\n", firstOnly: true);

        var e = Assert.Throws<ContractException>(() => ContractCatalog.LoadFile(path));

        Assert.Contains("'filled' and 'blank' go with 'when'", e.Message, StringComparison.Ordinal);
    }

    private string Mutate(string id, string from, string to, bool firstOnly)
    {
        var text = File.ReadAllText(Path.Combine(fixture.SchemasDir, "sources", id + ".yaml"));
        var index = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{from}' not in {id}.yaml");
        text = firstOnly ? string.Concat(text.AsSpan(0, index), to, text.AsSpan(index + from.Length)) : text.Replace(from, to, StringComparison.Ordinal);
        var path = Path.Combine(_dir, id + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
