// Entry point of `npm run facts` (vite-node, so the data modules load as the extension has them).
import { realData } from './data';
import { parseFactsArgs, runFacts } from './facts-command';

try {
  process.stdout.write(runFacts(realData(), parseFactsArgs(process.argv.slice(2))));
} catch (error) {
  process.stderr.write(`facts: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
