namespace Minzheng.Platform.Configuration;

/// <summary>
/// A setting or file a deployer must fix before the system can start. The message names the setting
/// or file and what to do; the host prints it as one line instead of a stack trace.
/// </summary>
public sealed class ConfigurationProblem(string message) : Exception(message);
