using Minzheng.Sdk.Data;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Data;

/// <summary>A test about the PostgreSQL engine only: skipped, with the reason, in the SQLite pass.</summary>
internal sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestEngine.Current != DatabaseEngine.PostgreSql)
        {
            Skip = $"PostgreSQL only: runs in build/test.sh's PostgreSQL pass ({TestEngine.PostgreSqlVariable} set).";
        }
    }
}
