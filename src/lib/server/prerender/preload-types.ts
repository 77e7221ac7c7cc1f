/**
 * Modulepreload links for the question types a quiz has. The quiz route loads only its types'
 * components, by dynamic import (question-types/components.ts), and left to itself the browser
 * would learn of them only once the page's scripts had run: a round trip more before the first
 * question can be answered. At prerender, the client build's manifest (Vite's) says which files
 * each component needs; the page gets a link for each that SvelteKit did not already link, and for
 * any file the linked ones import that SvelteKit missed.
 */
import { buildPrefix, chunksOf, modulepreloads, type Manifest } from './client-build.ts';

/** The files of the build that a type's component needs, the component's own first. */
export function componentFiles(manifest: Manifest, type: string): string[] {
	const folder = `src/lib/question-types/${type}/`;
	const component = Object.keys(manifest).find(
		(key) => key.startsWith(folder) && key.endsWith('.svelte') && manifest[key]!.isDynamicEntry
	);
	return component ? chunksOf(manifest, component).map((chunk) => chunk.file) : [];
}

/**
 * `html` with a modulepreload link for every file that `types`' components need and the page does
 * not link yet, after SvelteKit's own, written as the page addresses the build's files.
 */
export function preloadTypes(html: string, types: Iterable<string>, manifest: Manifest): string {
	const linked = modulepreloads(html);
	const prefix = buildPrefix(linked, manifest);
	if (prefix === null) return html;
	const hrefs = new Set(linked.map(({ href }) => href));
	// what the linked files import: SvelteKit leaves out a chunk its page imports when one of its
	// dynamic imports reached that chunk first (its find_deps marks it seen, with no link)
	const imported = Object.keys(manifest)
		.filter((key) => hrefs.has(prefix + manifest[key]!.file))
		.flatMap((key) => chunksOf(manifest, key).map((chunk) => chunk.file));
	const needed = [...types].flatMap((type) => componentFiles(manifest, type));
	const links = [...new Set([...imported, ...needed])]
		.map((file) => prefix + file)
		.filter((href) => !hrefs.has(href))
		.map((href) => `<link href="${href}" rel="modulepreload">`);
	const at = linked.at(-1)!.end;
	return html.slice(0, at) + links.join('') + html.slice(at);
}
