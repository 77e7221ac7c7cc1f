/**
 * A quiz page's data files fetched, not written in (server/prerender/data-files.ts): the responses
 * SvelteKit inlined for its own data and its article's text are taken out, and a preload of each
 * file, addressed from the page, goes into the head; other inlined responses and pages without one
 * are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { withDataFilesPreloaded } from '$lib/server/prerender/data-files';

const inlined = (url: string, body: string) =>
	`<script type="application/json" data-sveltekit-fetched data-url="${url}" data-b64>${body}</script>`;

const page = (body: string) =>
	`<html><head><link href="../_app/immutable/entry/start.A1.js" rel="modulepreload"></head><body><div id="svelte">quiz</div>${body}<script>boot()</script></body></html>`;

const preload = (href: string) =>
	`<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`;

describe('withDataFilesPreloaded', () => {
	it("replaces the quiz's data and the article's text with preloads of their files", () => {
		const html = withDataFilesPreloaded(
			page(
				inlined('/north-korea/article.json', '{"title":"A long article"}') +
					inlined('/north-korea/reading-check/quiz.json', '{"quiz":"Twenty questions"}')
			),
			'/north-korea/reading-check'
		);
		expect(html).not.toContain('A long article');
		expect(html).not.toContain('Twenty questions');
		expect(html).not.toContain('data-sveltekit-fetched');
		expect(html).toContain(
			`${preload('article.json')}${preload('reading-check/quiz.json')}</head>`
		);
		expect(html).toContain('<div id="svelte">quiz</div><script>boot()</script>');
	});

	it('addresses the files from the page under a base path', () => {
		const html = withDataFilesPreloaded(
			page(
				inlined('/close-reader/north-korea/article.json', '{}') +
					inlined('/close-reader/north-korea/quiz-1/quiz.json', '{}')
			),
			'/close-reader/north-korea/quiz-1'
		);
		expect(html).toContain(`${preload('article.json')}${preload('quiz-1/quiz.json')}</head>`);
	});

	it('leaves other inlined responses, and a page without data files, as they are', () => {
		const other = page(inlined('/north-korea/reading-check/key.json', '{"q1":{}}'));
		expect(withDataFilesPreloaded(other, '/north-korea/reading-check')).toBe(other);
		const plain = page('');
		expect(withDataFilesPreloaded(plain, '/')).toBe(plain);
	});
});
