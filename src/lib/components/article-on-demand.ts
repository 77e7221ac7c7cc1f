/**
 * Article.svelte, as ArticleSlot imports it on demand. The teacher view imports Article.svelte
 * directly, which makes it a chunk of the client build named by a hash; imported through this
 * module, the article has a name in the build's manifest, by which the prerendering step finds its
 * stylesheets for the pages that show it as static HTML (src/lib/server/prerender/article-styles.ts).
 */
export { default } from './Article.svelte';
