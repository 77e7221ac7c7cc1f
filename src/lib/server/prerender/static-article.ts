/**
 * The article as static HTML in the prerendered page: the article's page and each quiz page hold an
 * empty `<div data-article-slot="LEVEL:SLUG">` (components/ArticleSlot.svelte), which the server
 * fills with Article.svelte rendered by Svelte's own server renderer (src/hooks.server.ts). The page's
 * script never renders it, so the article costs no hydration; ArticleSlot hydrates it over this very
 * HTML the first time the article must do more than be read. A guided quiz page holds the article
 * in parts between its questions, one slot each (`LEVEL:SLUG:FROM-TO`, the blocks from FROM to TO;
 * the last `LEVEL:SLUG:FROM-`, to the end), each filled with ArticleBody.svelte's rendering of it. No HTML is written by hand here:
 * what goes in is Svelte's rendering, which escapes everything a teacher wrote.
 */
import { render } from 'svelte/server';
import Article from '../../components/Article.svelte';
import ArticleBody from '../../components/ArticleBody.svelte';
import type { Article as ArticleData } from '../../text/article.ts';
import { siteArticle } from '../site.ts';

// the element ArticleSlot writes, and nothing in it yet
const SLOT =
	/(<div class="article-slot" data-article-slot="([12]):([^":]+)(?::(\d+)-(\d*))?">)(<\/div>)/g;

// quiz pages are prerendered article by article: the last article's renderings serve all its quizzes
let last: { article: ArticleData; html: Map<string, string> } | undefined;

/**
 * Article.svelte as the server renders it, with no highlight or selection; or, given `part`, the
 * blocks from `part.from` to `part.to` as ArticleBody.svelte renders them.
 */
export function articleHtml(
	article: ArticleData,
	titleLevel: 1 | 2,
	part?: { from: number; to: number | undefined }
): string {
	if (last?.article !== article) last = { article, html: new Map() };
	const key = `${titleLevel}:${part ? `${part.from}-${part.to ?? ''}` : ''}`;
	let html = last.html.get(key);
	if (html === undefined) {
		html = part
			? render(ArticleBody, { props: { article, titleLevel, ...part } }).body
			: render(Article, { props: { article, titleLevel } }).body;
		last.html.set(key, html);
	}
	return html;
}

/** The page with its article slots, if it has any, filled. */
export function fillArticleSlot(
	html: string,
	find: (slug: string) => ArticleData | undefined = (slug) => siteArticle(slug)?.article
): string {
	const found = new Map<string, ArticleData | undefined>();
	return html.replace(
		SLOT,
		(whole, open: string, level: string, slug: string, from?: string, to?: string) => {
			if (!found.has(slug)) found.set(slug, find(slug));
			const article = found.get(slug);
			if (!article) return whole;
			const part =
				from !== undefined ? { from: Number(from), to: to ? Number(to) : undefined } : undefined;
			return open + articleHtml(article, level === '2' ? 2 : 1, part) + '</div>';
		}
	);
}
