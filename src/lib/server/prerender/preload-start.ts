/**
 * Modulepreload links for what a quiz page's script fetches before it can hydrate and SvelteKit does
 * not link: the chunks that the linked chunks import but SvelteKit left out (a chunk that one of the
 * page's dynamic imports reached first: its find_deps marks it seen and writes no link), and the
 * components of the first cards' question types and, where one is two-part, Part B's, which the
 * route imports dynamically (question-types/components.ts, components/quiz/parts.ts `loadCards`).
 * Left to itself the browser learns of the first only once the page's own chunk has run, and of
 * the second once the route's load has: two round trips before the first answer. At prerender,
 * the client build's manifest (Vite's) says which files each needs.
 */
import { firstQuestions } from '../../quiz/first-cards.ts';
import { isTwoPart } from '../../quiz/questions.ts';
import { siteQuiz } from '../site.ts';
import { buildPrefix, chunksOf, modulepreloads, type Manifest } from './client-build.ts';

/** The files of the build that a type's component needs, the component's own first. */
export function componentFiles(manifest: Manifest, type: string): string[] {
	const folder = `src/lib/question-types/${type}/`;
	const component = Object.keys(manifest).find(
		(key) => key.startsWith(folder) && key.endsWith('.svelte') && manifest[key]!.isDynamicEntry
	);
	return component ? chunksOf(manifest, component).map((chunk) => chunk.file) : [];
}

/** Part B of a two-part question, which the route loads with the cards where one is two-part. */
export const PART_B = 'src/lib/components/quiz/EvidencePart.svelte';

/** The files of the build that Part B's component needs, its own first; none in a build without. */
export function partBFiles(manifest: Manifest): string[] {
	return manifest[PART_B]?.isDynamicEntry
		? chunksOf(manifest, PART_B).map((chunk) => chunk.file)
		: [];
}

/**
 * `html` with a modulepreload link for every file that the page's linked chunks import and for
 * every file that `types`' components need (and Part B's, for `twoPart` cards), where the page does
 * not link it yet, after SvelteKit's own links, written as the page addresses the build's files.
 */
export function preloadStart(
	html: string,
	types: Iterable<string>,
	manifest: Manifest,
	twoPart = false
): string {
	const linked = modulepreloads(html);
	const prefix = buildPrefix(linked, manifest);
	if (prefix === null) return html;
	const hrefs = new Set(linked.map(({ href }) => href));
	const imported = Object.keys(manifest)
		.filter((key) => hrefs.has(prefix + manifest[key]!.file))
		.flatMap((key) => chunksOf(manifest, key).map((chunk) => chunk.file));
	const needed = [...new Set(types)].flatMap((type) => componentFiles(manifest, type));
	if (twoPart) needed.push(...partBFiles(manifest));
	const links = [...new Set([...imported, ...needed])]
		.map((file) => prefix + file)
		.filter((href) => !hrefs.has(href))
		.map((href) => `<link href="${href}" rel="modulepreload">`);
	const at = linked.at(-1)!.end;
	return html.slice(0, at) + links.join('') + html.slice(at);
}

/**
 * `html`, the page of quiz `where.quiz` of `where.article`, with its start's links
 * (`preloadStart`): the types of the cards the page is built with (quiz/first-cards.ts), whose
 * components load before it renders, and Part B's where one of them is two-part. A page of no known
 * quiz is left as it is.
 */
export function preloadQuizStart(
	html: string,
	where: { article: string; quiz: string },
	manifest: Manifest
): string {
	const quiz = siteQuiz(where.article, where.quiz);
	if (!quiz) return html;
	const first = firstQuestions(quiz);
	const types = first.map((question) => question.type);
	return preloadStart(html, types, manifest, first.some(isTwoPart));
}
