using Politikerforum.Load;
using Politikerforum.Load.Measuring;
using Politikerforum.Load.Reporting;
using Politikerforum.Load.Seeding;

// ops/bench drives this tool in three steps: `seed` writes the events straight to the store and rebuilds the
// read models from them; `run` loads the running host over HTTP and writes the results; `report` adds the
// baselines taken after the load and prints the table. `floor` loads the stack's floor (tools/Floor) between the
// two and adds its figures to the results.
var verb = args.FirstOrDefault();
var options = Options.Parse(args.Skip(1).ToArray());
return verb switch
{
    "seed" => await SeedCommand.RunAsync(options),
    "rebuild" => await RebuildCommand.RunAsync(options),
    "run" => await RunCommand.RunAsync(options),
    "report" => await ReportCommand.RunAsync(options),
    "floor" => await FloorCommand.RunAsync(options),
    _ => Usage()
};

static int Usage()
{
    Console.Error.WriteLine("usage: Politikerforum.Load seed|rebuild|run|floor|report --name value … (ops/bench passes them; see its source)");
    return 2;
}
