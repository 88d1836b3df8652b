using Minzheng.Host;

return await MinzhengHost.RunAsync(args);
