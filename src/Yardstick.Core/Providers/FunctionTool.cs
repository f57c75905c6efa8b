namespace Yardstick.Core.Providers;

/// <summary>
/// A tool the model may call, as an OpenAI function schema: <c>{"type":"function","function":{"name","description","parameters"}}</c>.
/// <see cref="ParametersJson"/> is the JSON Schema object of the arguments, written into the request as it is.
/// </summary>
public sealed record FunctionTool(string Name, string Description, string ParametersJson);
