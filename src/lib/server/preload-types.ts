/**
 * Modulepreload links for the question types a quiz has. The quiz route loads only its types'
 * components, by dynamic import (question-types/components.ts), and left to itself the browser
 * would learn of them only once the page's scripts had run: a round trip more before the first
 * question can be answered. At prerender, the client build's manifest (Vite's) says which files
 * each component needs; the page gets a link for each that SvelteKit did not already link.
 */
import { readFileSync } from 'node:fs';

/** What Vite's build manifest says of one file of the client build (the fields used here). */
export interface ManifestChunk {
	file: string;
	isDynamicEntry?: boolean;
	imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The files of the build that a type's component needs, the component's own first. */
export function componentFiles(manifest: Manifest, type: string): string[] {
	const folder = `src/lib/question-types/${type}/`;
	const component = Object.keys(manifest).find(
		(key) => key.startsWith(folder) && key.endsWith('.svelte') && manifest[key]!.isDynamicEntry
	);
	const files: string[] = [];
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (seen.has(key) || !chunk) return;
		seen.add(key);
		files.push(chunk.file);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	if (component) visit(component);
	return files;
}

const MODULEPRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;

/**
 * `html` with a modulepreload link for every file that `types`' components need and the page does
 * not link yet, after SvelteKit's own. The page's links say how it addresses the build's files
 * (relative paths, a base path): the new ones are written the same way.
 */
export function preloadTypes(html: string, types: Iterable<string>, manifest: Manifest): string {
	const linked = [...html.matchAll(MODULEPRELOAD)].map((match) => ({
		href: match[1]!,
		end: match.index + match[0].length
	}));
	const files = Object.values(manifest).map((chunk) => chunk.file);
	// `../` on a relative page, the base path on an absolute one
	const prefix = linked.map(({ href }) => prefixOf(href, files)).find((found) => found !== null);
	if (prefix === undefined || prefix === null) return html;
	const hrefs = new Set(linked.map(({ href }) => href));
	const links = [...new Set([...types].flatMap((type) => componentFiles(manifest, type)))]
		.map((file) => prefix + file)
		.filter((href) => !hrefs.has(href))
		.map((href) => `<link href="${href}" rel="modulepreload">`);
	const at = linked.at(-1)!.end;
	return html.slice(0, at) + links.join('') + html.slice(at);
}

/** What comes before a build file's name in `href`, if it names one. */
function prefixOf(href: string, files: string[]): string | null {
	const file = files.find((name) => href.endsWith(name));
	return file === undefined ? null : href.slice(0, href.length - file.length);
}

let read: Manifest | null | undefined;

/** The client build's manifest, when prerendering after a client build (else null). */
export function clientManifest(path: string): Manifest | null {
	if (read === undefined) {
		try {
			read = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
		} catch {
			read = null;
		}
	}
	return read;
}
