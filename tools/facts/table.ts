// Plain tables for the terminal and for Markdown: the same rows, two ways of drawing them.

export type Cell = string | number;

/** Columns padded to their widest cell; numbers aligned right. */
export function textTable(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const all = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, column) => Math.max(...all.map((row) => row[column]!.length)));
  const line = (row: readonly Cell[]) =>
    row
      .map((cell, column) => (typeof cell === 'number' ? String(cell).padStart(widths[column]!) : String(cell).padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A cell's text with what would break a Markdown table row escaped. */
function markdownCell(cell: Cell): string {
  return String(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (row: readonly Cell[]) => `| ${row.map(markdownCell).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
