/**
 * The article's stylesheets in the pages that show it as static HTML (server/prerender/article-styles.ts):
 * written into the page once, with their hash in its Content Security Policy and a disabled link per
 * file, as SvelteKit writes the styles it inlines; a page without the article is left as it is.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	ARTICLE_ON_DEMAND,
	articleStylesheets,
	withArticleStyles
} from '$lib/server/prerender/article-styles';
import type { Manifest } from '$lib/server/prerender/client-build';

const manifest: Manifest = {
	'node_modules/@sveltejs/kit/src/runtime/client/entry.js': {
		file: '_app/immutable/entry/start.A1.js'
	},
	[ARTICLE_ON_DEMAND]: {
		file: '_app/immutable/chunks/on-demand.D1.js',
		isDynamicEntry: true,
		imports: ['_Article.js']
	},
	'_Article.js': {
		file: '_app/immutable/chunks/Article.A1.js',
		imports: ['_SourceLine.js', '_RichText.js'],
		css: ['_app/immutable/assets/Article.A1.css']
	},
	'_SourceLine.js': {
		file: '_app/immutable/chunks/SourceLine.S1.js',
		imports: ['_RichText.js'],
		css: ['_app/immutable/assets/SourceLine.S1.css']
	},
	'_RichText.js': {
		file: '_app/immutable/chunks/RichText.R1.js',
		css: ['_app/immutable/assets/SourceLine.S1.css']
	}
};

const files: Record<string, string> = {
	'_app/immutable/assets/Article.A1.css': '.paragraph.svelte-a{margin:0}',
	'_app/immutable/assets/SourceLine.S1.css': '.source.svelte-s{color:gray}'
};
const read = (file: string) => files[file]!;

const POLICY =
	"default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-kit='; base-uri 'none'";
const page = (prefix: string, { slot = true, head = '' } = {}) =>
	`<html><head><meta http-equiv="content-security-policy" content="${POLICY}">` +
	`<link href="${prefix}_app/immutable/entry/start.A1.js" rel="modulepreload">` +
	`<style>p{}</style>${head}</head><body>` +
	(slot
		? '<div class="article-slot" data-article-slot="2:an-article"><article></article></div>'
		: '') +
	'</body></html>';

const styles = (html: string) =>
	[...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
const disabledLinks = (html: string) =>
	[
		...html.matchAll(/<link href="([^"]+)" rel="stylesheet" disabled media="\(max-width: 0\)">/g)
	].map((m) => m[1]);
const styleSources = (html: string) =>
	/style-src ([^;"]*)/.exec(html)![1]!.split(' ').filter(Boolean);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('articleStylesheets', () => {
	it("is the CSS of the article's module and of every chunk it imports, each once", () => {
		expect(articleStylesheets(manifest)).toEqual([
			'_app/immutable/assets/Article.A1.css',
			'_app/immutable/assets/SourceLine.S1.css'
		]);
	});

	it('is nothing in a build without the module', () => {
		expect(articleStylesheets({ '_x.js': { file: 'x.js', css: ['x.css'] } })).toEqual([]);
	});
});

describe('withArticleStyles', () => {
	it('writes the CSS into the page, allowed by its hash, with a disabled link per file', () => {
		const html = withArticleStyles(page('../'), manifest, read);
		const css = `${files['_app/immutable/assets/Article.A1.css']}\n${files['_app/immutable/assets/SourceLine.S1.css']}`;
		expect(styles(html)).toEqual(['p{}', css]);
		expect(styleSources(html)).toEqual(["'self'", "'sha256-kit='", sha256(css)]);
		expect(disabledLinks(html)).toEqual([
			'../_app/immutable/assets/Article.A1.css',
			'../_app/immutable/assets/SourceLine.S1.css'
		]);
		// the rest of the policy is as it was
		expect(html).toContain("script-src 'self' 'sha256-abc='; style-src");
		expect(html).toContain("; base-uri 'none'\"");
		expect(html.indexOf('<style>.paragraph')).toBeLessThan(html.indexOf('</head>'));
	});

	it('keeps a base path', () => {
		const html = withArticleStyles(page('/close-reader/'), manifest, read);
		expect(disabledLinks(html)).toEqual([
			'/close-reader/_app/immutable/assets/Article.A1.css',
			'/close-reader/_app/immutable/assets/SourceLine.S1.css'
		]);
	});

	it('adds only what the page does not have yet', () => {
		const has = `<link href="../_app/immutable/assets/SourceLine.S1.css" rel="stylesheet" disabled media="(max-width: 0)">`;
		const html = withArticleStyles(page('../', { head: has }), manifest, read);
		expect(styles(html)).toEqual(['p{}', files['_app/immutable/assets/Article.A1.css']]);
		expect(disabledLinks(html)).toEqual([
			'../_app/immutable/assets/SourceLine.S1.css',
			'../_app/immutable/assets/Article.A1.css'
		]);
		const all = withArticleStyles(html, manifest, read);
		expect(all).toBe(html);
	});

	it('leaves a page without the article as it is', () => {
		const html = page('../', { slot: false });
		expect(withArticleStyles(html, manifest, read)).toBe(html);
	});

	it('links the files of a page whose policy says nothing of styles', () => {
		const html = withArticleStyles(
			page('../').replace(" style-src 'self' 'sha256-kit=';", ''),
			manifest,
			read
		);
		expect(styles(html)).toEqual(['p{}']);
		expect(html).toContain(
			'<link href="../_app/immutable/assets/Article.A1.css" rel="stylesheet">'
		);
	});
});
