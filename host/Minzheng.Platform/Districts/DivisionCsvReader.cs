using Minzheng.Platform.Configuration;

namespace Minzheng.Platform.Districts;

/// <summary>
/// Reads a divisions file in the format of <c>shared/data/wansheng-divisions.csv</c>:
/// <c>code,name,level,parent_code</c> with levels <c>district</c>, <c>town</c>, <c>village</c>.
/// </summary>
public static class DivisionCsvReader
{
    /// <summary>The towns (with their villages) in the file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="setting">The setting that named the file, so a deployer knows what to fix.</param>
    /// <exception cref="ConfigurationProblem">Missing file or malformed line, named with its line number.</exception>
    public static IReadOnlyList<Town> Read(string path, string setting = "Minzheng:Districts:<n>:DivisionsFile")
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationProblem($"Divisions file '{path}' does not exist: set {setting} to a CSV with columns code,name,level,parent_code.");
        }

        var towns = new List<(string Code, string Name)>();
        var villages = new List<(string Code, string Name, string Parent)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || string.IsNullOrWhiteSpace(line))
            {
                continue; // header
            }
            var cells = line.Split(',');
            if (cells.Length != 4 || cells.Any(string.IsNullOrWhiteSpace))
            {
                throw new ConfigurationProblem($"{path}:{lineNumber}: expected 4 columns code,name,level,parent_code, found '{line}'.");
            }
            var (code, name, level, parent) = (cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim());
            switch (level)
            {
                case "district":
                    break;
                case "town" when code.Length == 9 && code.All(char.IsAsciiDigit):
                    towns.Add((code, name));
                    break;
                case "village" when code.Length == 12 && code.All(char.IsAsciiDigit):
                    villages.Add((code, name, parent));
                    break;
                default:
                    throw new ConfigurationProblem($"{path}:{lineNumber}: '{code}' is not a valid {level} code (town: 9 digits, village: 12 digits; level: district, town or village).");
            }
        }

        var unknownParent = villages.FirstOrDefault(v => towns.All(t => t.Code != v.Parent));
        if (unknownParent.Code is not null)
        {
            throw new ConfigurationProblem($"{path}: village {unknownParent.Code} names parent {unknownParent.Parent}, which is not a town in the file.");
        }

        return towns
            .Select(t => new Town(t.Code, t.Name, villages.Where(v => v.Parent == t.Code).Select(v => new Village(v.Code, v.Name)).ToList()))
            .ToList();
    }
}
