/** The benchmark's tables: Markdown, padded so that they also read well in a terminal. */

export interface Table {
	title: string;
	/** what was measured and how, before the table */
	intro?: string;
	head: string[];
	rows: string[][];
	/** after the table: goals met or not, and why */
	notes?: string[];
}

export function markdown(table: Table): string {
	const widths = table.head.map((cell, column) =>
		Math.max(cell.length, ...table.rows.map((row) => (row[column] ?? '').length), 3)
	);
	const line = (cells: string[]) =>
		`| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
	const out = [`### ${table.title}`, ''];
	if (table.intro) out.push(table.intro, '');
	out.push(line(table.head), line(widths.map((width) => '-'.repeat(width))));
	for (const row of table.rows) out.push(line(row));
	if (table.notes?.length) out.push('', ...table.notes.map((note) => `- ${note}`));
	return out.join('\n') + '\n';
}

export const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
export const mb = (value: number) => `${Math.round(value).toLocaleString('en-US')} MB`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const count = (value: number) => Math.round(value).toLocaleString('en-US');
/** "met" or "NOT met" for a goal */
export const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
