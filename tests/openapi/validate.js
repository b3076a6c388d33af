// Validates an OpenAPI document with @apidevtools/swagger-parser (the version pinned in package-lock.json): the
// document against the official OpenAPI 3.x schema, and every $ref resolved.
// Input: the path of the document. Output: "valid" on stdout, exit 0; or the validator's complaints on stderr, exit 1.
"use strict";
const SwaggerParser = require("@apidevtools/swagger-parser");

SwaggerParser.validate(process.argv[2])
  .then((api) => {
    process.stdout.write(`valid: OpenAPI ${api.openapi}, ${Object.keys(api.paths || {}).length} paths\n`);
  })
  .catch((error) => {
    process.stderr.write(`${error.message}\n${JSON.stringify(error.details || [], null, 2)}\n`);
    process.exit(1);
  });
