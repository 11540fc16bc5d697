import "reflect-metadata";
import { resealCommand } from "#src/modules/reseal/reseal-command.js";

/** `pnpm --filter @mfa/api reseal` / `node apps/api/dist/cli/reseal.js [--check] [--batch-size N] [--pause-ms N]`. */
process.exitCode = await resealCommand(process.argv.slice(2), process.env, (line) => console.log(line));
