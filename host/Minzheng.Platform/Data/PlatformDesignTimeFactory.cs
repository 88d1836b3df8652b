using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> create the platform context without a host.</summary>
internal sealed class PlatformDesignTimeFactory : ModuleDesignTimeFactory<PlatformDbContext>;
