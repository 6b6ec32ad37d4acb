// Turns measured rows into verdicts, a plain-text table for the terminal, a Markdown table for
// the README, and the JSON record; describes the machine the figures come from.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { summarise } from './stats.mjs';

function firstMatch(file, pattern) {
  try {
    return readFileSync(file, 'utf8').match(pattern)?.[1]?.trim();
  } catch {
    return undefined;
  }
}

function gitCommit(root) {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return 'unknown';
  }
}

export function describeMachine(root, browserVersion) {
  return {
    cpu: firstMatch('/proc/cpuinfo', /^model name\s*:(.*)$/m) ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: firstMatch('/etc/os-release', /^PRETTY_NAME="?([^"\n]*)"?$/m) ?? `${os.type()} ${os.release()}`,
    kernel: os.release(),
    node: process.version,
    browser: browserVersion.replace(/^Chrome\//, 'Chromium '),
    commit: gitCommit(root),
  };
}

/** Adds the summary and the verdict (judged on the median, or on the single value). */
export function finalise(row) {
  if (row.missing) return { ...row, verdict: `not measured (${row.missing})` };
  const stats = row.values ? summarise(row.values) : undefined;
  const figure = stats ? stats.median : row.value;
  const { max, strict } = row.budget;
  let verdict = 'no budget';
  if (max !== undefined) verdict = (strict ? figure < max : figure <= max) ? 'within budget' : 'OVER BUDGET';
  return { ...row, stats, verdict };
}

function number(value, unit) {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === '%') return `${value.toFixed(2)} %`;
  if (unit === '') return String(value);
  const digits = Math.abs(value) < 1 ? 3 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}

function cells(row) {
  const shortVerdict = row.verdict.startsWith('not measured') ? 'not measured' : row.verdict;
  if (row.missing) return [row.what, row.budget.text, '—', '—', '—', '—', shortVerdict];
  if (!row.stats) return [row.what, row.budget.text, number(row.value, row.unit), '—', '—', '1', shortVerdict];
  const { median, p10, p90, min, max, n } = row.stats;
  return [
    row.what,
    row.budget.text,
    number(median, row.unit),
    `${number(p10, row.unit)} – ${number(p90, row.unit)}`,
    `${number(min, row.unit)} – ${number(max, row.unit)}`,
    String(n),
    shortVerdict,
  ];
}

const HEADER = ['what', 'budget', 'median', 'p10 – p90', 'min – max', 'n', 'verdict'];

export function textTable(rows) {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, column) => Math.max(...table.map((line) => line[column].length)));
  const line = (values) => values.map((value, column) => value.padEnd(widths[column])).join('  ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n');
}

/** A warning when other work competed for the processors during the run, or undefined. */
export function busyMachineWarning(result) {
  const { cores } = result.machine;
  const worst = Math.max(result.runs.loadAverage.start[0], result.runs.loadAverage.end[0]);
  if (worst <= cores) return undefined;
  return `Warning: load average up to ${worst.toFixed(1)} on ${cores} cores: other work competed for the processors, so these timings are pessimistic and noisy.`;
}

export function markdownReport(result) {
  const { date, machine, rows, runs } = result;
  const escape = (text) => text.replaceAll('|', '\\|');
  const lines = [
    `Measured on ${date.slice(0, 10)} with \`npm run bench\` (commit ${machine.commit}): ${machine.cpu}, ${machine.cores} cores, ` +
      `${machine.memoryGiB} GiB, ${machine.os}, ${machine.browser} headless, Node ${machine.node}. ` +
      `Load average at start ${runs.loadAverage.start.map((l) => l.toFixed(2)).join(' / ')}, at end ${runs.loadAverage.end.map((l) => l.toFixed(2)).join(' / ')}.`,
    ...(busyMachineWarning(result) ? ['', busyMachineWarning(result)] : []),
    ...(runs.only ? ['', `Partial run (BENCH_ONLY): only ${runs.only.join(', ')}.`] : []),
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${cells(row).map(escape).join(' | ')} |`),
    '',
    'How each figure is measured:',
    '',
    ...rows.map((row) => `- **${row.what}**: ${row.missing ? row.verdict : row.method}.`),
  ];
  return `${lines.join('\n')}\n`;
}
