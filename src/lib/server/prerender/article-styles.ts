/**
 * The article's stylesheets in every page that shows it as static HTML. SvelteKit writes into a
 * page the stylesheets of the components its server rendering used and of what the page imports
 * lazily, but the static article is rendered afterwards, by the hook (static-article.ts), and
 * SvelteKit may miss the lazy import: where a page's server code reaches SvelteKit's internals
 * (through `$app/paths`) before ArticleSlot, it meets the article's chunk first through the hook
 * (the internals import hooks.server.ts lazily, which imports the article), counts its CSS as the
 * hook's, and writes none of it into the page. Left out, a page would show the article unstyled
 * (its ¶ numbers, headline and credit line) until the article first highlighted a citation, and
 * then the whole article would move. So, at prerender, the CSS
 * of what ArticleSlot loads on demand is written into the page the way SvelteKit writes its own:
 * a `<style>` whose hash joins the page's Content Security Policy, and a disabled link per file,
 * which tells the loader of Article.svelte (Vite's) that the file is there already.
 */
import { createHash } from 'node:crypto';
import { buildPrefix, chunksOf, modulepreloads, type Manifest } from './client-build.ts';

/** The module ArticleSlot imports on demand (its name in the manifest). */
export const ARTICLE_ON_DEMAND = 'src/lib/components/article-on-demand.ts';

/** The build's stylesheets that the article needs, each once. */
export function articleStylesheets(manifest: Manifest): string[] {
	return [...new Set(chunksOf(manifest, ARTICLE_ON_DEMAND).flatMap((chunk) => chunk.css ?? []))];
}

const SLOT = '<div class="article-slot" data-article-slot="';
const POLICY = /(<meta http-equiv="content-security-policy" content="[^"]*?)\bstyle-src ([^;"]*)/;

/**
 * `html` with the article's stylesheets that it does not have yet, if it shows the article; `read`
 * gives the text of one of the build's files. Only the head is read and rewritten (a library's
 * every quiz page comes through here).
 */
export function withArticleStyles(
	html: string,
	manifest: Manifest,
	read: (file: string) => string
): string {
	const end = html.indexOf('</head>');
	if (end < 0 || html.indexOf(SLOT, end) < 0) return html;
	const head = html.slice(0, end);
	const prefix = buildPrefix(modulepreloads(head), manifest);
	if (prefix === null) return html;
	const files = articleStylesheets(manifest).filter(
		(file) => !head.includes(`href="${prefix}${file}"`)
	);
	if (files.length === 0) return html;
	const policy = POLICY.exec(head);
	// a page whose policy says nothing of styles is left to link them (a policy here always does)
	if (!policy && head.includes('http-equiv="content-security-policy"'))
		return (
			head +
			files.map((file) => `<link href="${prefix}${file}" rel="stylesheet">`).join('') +
			html.slice(end)
		);
	const css = files.map(read).join('\n');
	const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
	const links = files.map(
		(file) => `<link href="${prefix}${file}" rel="stylesheet" disabled media="(max-width: 0)">`
	);
	const allowed = policy
		? head.replace(
				POLICY,
				(_, before: string, sources: string) => `${before}style-src ${sources} ${hash}`
			)
		: head;
	return allowed + links.join('') + `<style>${css}</style>` + html.slice(end);
}
