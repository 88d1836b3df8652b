// An empty ASP.NET Core app: what any web process costs before Minzheng adds anything.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => "Healthy");
app.Run();
