/**
 * The article as static HTML in the prerendered page: the article's page and each quiz page hold an
 * empty `<div data-article-slot="LEVEL:SLUG">` (components/ArticleSlot.svelte), which the server
 * fills with Article.svelte rendered by Svelte's own server renderer (src/hooks.server.ts). The page's
 * script never renders it, so the article costs no hydration; ArticleSlot hydrates it over this very
 * HTML the first time the article must do more than be read. No HTML is written by hand here: what
 * goes in is Svelte's rendering, which escapes everything a teacher wrote.
 */
import { render } from 'svelte/server';
import Article from '../../components/Article.svelte';
import type { Article as ArticleData } from '../../text/article.ts';
import { siteArticle } from '../site.ts';

// the element ArticleSlot writes, and nothing in it yet
const SLOT = /(<div class="article-slot" data-article-slot="([12]):([^"]+)">)(<\/div>)/;

// quiz pages are prerendered article by article: the last rendering serves all of an article's quizzes
let last: { key: string; article: ArticleData; html: string } | undefined;

/** Article.svelte as the server renders it, with no highlight or selection. */
export function articleHtml(article: ArticleData, titleLevel: 1 | 2): string {
	const key = `${titleLevel}:${article.slug}`;
	if (last?.key !== key || last.article !== article)
		last = { key, article, html: render(Article, { props: { article, titleLevel } }).body };
	return last.html;
}

/** The page with its article slot, if it has one, filled. */
export function fillArticleSlot(
	html: string,
	find: (slug: string) => ArticleData | undefined = (slug) => siteArticle(slug)?.article
): string {
	const slot = SLOT.exec(html);
	if (!slot) return html;
	const [whole, open, level, slug, close] = slot as unknown as [
		string,
		string,
		string,
		string,
		string
	];
	const article = find(slug);
	if (!article) return html;
	const at = slot.index;
	return (
		html.slice(0, at) +
		open +
		articleHtml(article, level === '2' ? 2 : 1) +
		close +
		html.slice(at + whole.length)
	);
}
