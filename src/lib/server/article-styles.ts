/**
 * The article's stylesheets in every page that shows it as static HTML. SvelteKit writes into a
 * page the stylesheets of the components its server rendering used, but the static article is
 * rendered afterwards, by the hook (static-article.ts), and Article.svelte's chunk is shared with
 * the teacher view: nothing tells SvelteKit that such a page shows the article. Left out, a page
 * would show the article unstyled (its ¶ numbers, headline and credit line) until the article
 * first highlighted a citation, and then the whole article would move. So, at prerender, the CSS
 * of what ArticleSlot loads on demand is written into the page the way SvelteKit writes its own:
 * a `<style>` whose hash joins the page's Content Security Policy, and a disabled link per file,
 * which tells the loader of Article.svelte (Vite's) that the file is there already.
 */
import { createHash } from 'node:crypto';
import { buildPrefix, chunksOf, type Manifest } from './client-build.ts';

/** The module ArticleSlot imports on demand (its name in the manifest). */
export const ARTICLE_ON_DEMAND = 'src/lib/components/article-on-demand.ts';

/** The build's stylesheets that the article needs, each once. */
export function articleStylesheets(manifest: Manifest): string[] {
	return [...new Set(chunksOf(manifest, ARTICLE_ON_DEMAND).flatMap((chunk) => chunk.css ?? []))];
}

const SLOT = /<div class="article-slot" data-article-slot="/;
const POLICY = /(<meta http-equiv="content-security-policy" content="[^"]*?)\bstyle-src ([^;"]*)/;

/**
 * `html` with the article's stylesheets that it does not have yet, if it shows the article; `read`
 * gives the text of one of the build's files.
 */
export function withArticleStyles(
	html: string,
	manifest: Manifest,
	read: (file: string) => string
): string {
	const prefix = buildPrefix(html, manifest);
	if (!SLOT.test(html) || prefix === null) return html;
	const files = articleStylesheets(manifest).filter(
		(file) => !html.includes(`href="${prefix}${file}"`)
	);
	const head = html.indexOf('</head>');
	if (files.length === 0 || head < 0) return html;
	const links = files.map(
		(file) => `<link href="${prefix}${file}" rel="stylesheet" disabled media="(max-width: 0)">`
	);
	const css = files.map(read).join('\n');
	const policy = POLICY.exec(html);
	// a page whose policy says nothing of styles is left to link them (a policy here always does)
	if (/http-equiv="content-security-policy"/.test(html) && !policy)
		return withAt(
			html,
			head,
			files.map((file) => `<link href="${prefix}${file}" rel="stylesheet">`)
		);
	const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
	const styled = withAt(html, head, [...links, `<style>${css}</style>`]);
	return policy
		? styled.replace(
				POLICY,
				(_, before: string, sources: string) => `${before}style-src ${sources} ${hash}`
			)
		: styled;
}

function withAt(html: string, at: number, tags: string[]): string {
	return html.slice(0, at) + tags.join('') + html.slice(at);
}
