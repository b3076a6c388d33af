// Validates Adaptive Cards with Microsoft's own library, as a Teams client would parse them.
// Input: a JSON file holding an object { "<card name>": <card JSON>, ... }.
// Output: one JSON object { "<card name>": ["<problem>", ...], ... } on stdout; exit code 1 when any card has a problem.
"use strict";
const fs = require("fs");
// The package's "main" is untranspiled ES modules; its dist bundle is the same library, ready for Node.
const AC = require("adaptivecards/dist/adaptivecards.js");

const cards = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const results = {};
for (const [name, json] of Object.entries(cards)) {
  const problems = [];
  if (json.type !== "AdaptiveCard") problems.push(`type is ${json.type}, not AdaptiveCard`);
  if (json.version !== "1.5") problems.push(`version is ${json.version}, not 1.5`);
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  results[name] = problems;
}
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
process.exit(Object.values(results).some((problems) => problems.length > 0) ? 1 : 0);
