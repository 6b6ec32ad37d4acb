// Entry point of `npm run facts:recheck` (network; maintainers only, never in tests or CI).
import { realData } from './data';
import { parseRecheckArgs, runRecheck } from './recheck-command';

try {
  const { output, exitCode } = await runRecheck(realData(), parseRecheckArgs(process.argv.slice(2)));
  process.stdout.write(output);
  process.exitCode = exitCode;
} catch (error) {
  process.stderr.write(`facts:recheck: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
