using System.Text;
using CcHc.Docs.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await CliApp.RunAsync(args, CliConsole.System, handleTermination: true, CancellationToken.None);
