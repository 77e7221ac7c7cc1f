/**
 * The site's own pages that sit where an article would: an article folder with one of these names
 * would be shadowed by the page (SvelteKit serves the page's route, not `[article]`), so its
 * quizzes could never be opened. The checker refuses such a slug with the reason.
 */

/** The top-level pages of the site, each a name no article may take. */
export const RESERVED_SLUGS: readonly string[] = ['studio'];

/** Why an article may not be named `slug`, or undefined when it may. */
export function reservedSlugProblem(slug: string): string | undefined {
	if (!RESERVED_SLUGS.includes(slug)) return undefined;
	return `an article cannot be named '${slug}': /${slug} is the site's own page, which would hide this article; rename its folder (e.g. '${slug}-article')`;
}
