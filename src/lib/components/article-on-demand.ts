/**
 * Article.svelte, and the part of it a guided quiz page shows between its questions
 * (ArticleBody.svelte), as ArticleSlot imports them on demand. The teacher view imports Article.svelte
 * directly, which makes it a chunk of the client build named by a hash; imported through this
 * module, the article has a name in the build's manifest, by which the prerendering step finds its
 * stylesheets for the pages that show it as static HTML (src/lib/server/prerender/article-styles.ts).
 */
export { default } from './Article.svelte';
export { default as ArticleBody } from './ArticleBody.svelte';
