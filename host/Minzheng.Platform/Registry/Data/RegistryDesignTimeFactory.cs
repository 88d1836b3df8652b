using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Registry.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> create the registry context without a host.</summary>
internal sealed class RegistryDesignTimeFactory : ModuleDesignTimeFactory<RegistryDbContext>;
