/**
 * A quiz page's article text fetched, not written in (server/prerender/shared-article.ts): the
 * response SvelteKit inlined is taken out, and a preload of the shared file, addressed from the
 * page, goes into the head; other inlined responses and pages without one are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { withSharedArticle } from '$lib/server/prerender/shared-article';

const inlined = (url: string, body: string) =>
	`<script type="application/json" data-sveltekit-fetched data-url="${url}" data-b64>${body}</script>`;

const page = (body: string) =>
	`<html><head><link href="../_app/immutable/entry/start.A1.js" rel="modulepreload"></head><body><div id="svelte">quiz</div>${body}<script>boot()</script></body></html>`;

describe('withSharedArticle', () => {
	it("replaces the article's inlined text with a preload of its file, next to the page", () => {
		const html = withSharedArticle(
			page(inlined('/north-korea/article.json', '{"title":"A long article"}')),
			'/north-korea/reading-check'
		);
		expect(html).not.toContain('A long article');
		expect(html).not.toContain('data-sveltekit-fetched');
		expect(html).toContain(
			'<link rel="preload" href="article.json" as="fetch" crossorigin="anonymous"></head>'
		);
		expect(html).toContain('<div id="svelte">quiz</div><script>boot()</script>');
	});

	it('addresses the file from the page under a base path', () => {
		const html = withSharedArticle(
			page(inlined('/close-reader/north-korea/article.json', '{}')),
			'/close-reader/north-korea/reading-check'
		);
		expect(html).toContain('href="article.json"');
	});

	it('leaves other inlined responses, and a page without the article, as they are', () => {
		const other = page(inlined('/north-korea/reading-check/key.json', '{"q1":{}}'));
		expect(withSharedArticle(other, '/north-korea/reading-check')).toBe(other);
		const plain = page('');
		expect(withSharedArticle(plain, '/')).toBe(plain);
	});
});
