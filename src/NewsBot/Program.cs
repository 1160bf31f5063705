using NewsBot.Cli;

return await CommandLine.InvokeAsync(args);
