/**
 * Where a page's script bytes come from: each file's gzipped size shared out among the sources its
 * source map says the file's characters come from (the way source-map-explorer does), then summed
 * by part (Svelte's runtime, SvelteKit's client, Close Reader's own code by layer). The bench builds
 * its site with hidden source maps, so the files measured are byte for byte those of a plain build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';

/** The parts a source can belong to, most specific first. */
const PARTS: readonly [part: string, test: RegExp][] = [
	['Svelte runtime', /node_modules\/svelte\//],
	['SvelteKit client (and its generated app)', /node_modules\/@sveltejs\/kit\/|\.svelte-kit\//],
	['other packages', /node_modules\//],
	['Close Reader: question types', /src\/lib\/question-types\//],
	['Close Reader: page components', /src\/lib\/components\/|src\/routes\//],
	['Close Reader: quiz logic and state', /src\/lib\/(quiz|state|lms)\//],
	['Close Reader: text layer', /src\/lib\/text\//],
	['Close Reader: other', /src\//]
];

export function partOf(source: string): string {
	return PARTS.find(([, test]) => test.test(source))?.[0] ?? 'unmapped';
}

/** Characters of `code` by source, from its source map (unmapped characters not counted). */
export function charactersBySource(code: string, map: { sources: string[]; mappings: string }) {
	const bySource = new Map<string, number>();
	const lines = code.split('\n');
	decode(map.mappings).forEach((segments, line) => {
		const length = lines[line]?.length ?? 0;
		segments.forEach((segment, i) => {
			if (segment.length < 4) return;
			const end = segments[i + 1]?.[0] ?? length;
			const source = map.sources[segment[1]!]!;
			bySource.set(source, (bySource.get(source) ?? 0) + Math.max(0, end - segment[0]));
		});
	});
	return bySource;
}

/**
 * `files` (a built file's path and its gzipped size) shared out by part, in bytes. A file without a
 * source map, or a map that accounts for none of its characters, counts as "unmapped".
 */
export function attribute(files: readonly { path: string; gzip: number }[]): Map<string, number> {
	const byPart = new Map<string, number>();
	const add = (part: string, bytes: number) => byPart.set(part, (byPart.get(part) ?? 0) + bytes);
	for (const { path, gzip } of files) {
		const mapPath = `${path}.map`;
		if (!existsSync(mapPath)) {
			add('unmapped', gzip);
			continue;
		}
		const map = JSON.parse(readFileSync(mapPath, 'utf8')) as {
			sources: string[];
			mappings: string;
		};
		const bySource = charactersBySource(readFileSync(path, 'utf8'), map);
		const mapped = [...bySource.values()].reduce((sum, n) => sum + n, 0);
		if (mapped === 0) {
			add('unmapped', gzip);
			continue;
		}
		for (const [source, characters] of bySource) add(partOf(source), (gzip * characters) / mapped);
	}
	return byPart;
}
