/**
 * The names that become the site's addresses: a slug (an article's folder, a quiz file, an id), and
 * the site's own pages that sit where an article would. An article folder with one of those names
 * would be shadowed by the page (SvelteKit serves the page's route, not `[article]`), so its
 * quizzes could never be opened: the checker refuses such a slug with the reason. No zod here, so
 * that the Studio's page can use it without loading the schema.
 */

/** Lowercase words joined by single hyphens: `reading-check`, `week-3`. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The top-level pages of the site, each a name no article may take. */
export const RESERVED_SLUGS: readonly string[] = ['studio'];

/** Why an article may not be named `slug`, or undefined when it may. */
export function reservedSlugProblem(slug: string): string | undefined {
	if (!RESERVED_SLUGS.includes(slug)) return undefined;
	return `an article cannot be named '${slug}': /${slug} is the site's own page, which would hide this article; rename its folder (e.g. '${slug}-article')`;
}
