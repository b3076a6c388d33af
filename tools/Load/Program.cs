using Politikerforum.Load;
using Politikerforum.Load.Measuring;
using Politikerforum.Load.Seeding;

// ops/bench drives this tool in two steps: `seed` writes the events straight to the store and rebuilds the
// read models from them; `run` loads the running host over HTTP and writes the results.
var verb = args.FirstOrDefault();
var options = Options.Parse(args.Skip(1).ToArray());
return verb switch
{
    "seed" => await SeedCommand.RunAsync(options),
    "run" => await RunCommand.RunAsync(options),
    _ => Usage()
};

static int Usage()
{
    Console.Error.WriteLine("usage: Politikerforum.Load seed|run --name value … (ops/bench passes them; see its source)");
    return 2;
}
