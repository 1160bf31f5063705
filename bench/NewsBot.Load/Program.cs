using NewsBot.Load;

// The load harness (README, Load): one run, its figures printed as a Markdown table on standard output.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"{e.Message}\nusage: {LoadOptions.Usage}");
    return 2;
}
Console.Write(await new LoadRun(options).RunAsync());
return 0;
