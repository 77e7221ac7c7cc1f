/**
 * What the Studio's page and its check worker say to each other: the page posts the texts with a
 * number, the worker answers with that number and the checker's whole result, so the page can drop
 * a reply to texts it has since changed.
 */
import type { ArticleCheck, ArticleTexts } from '$lib/checker/check-article';

export interface CheckRequest {
	id: number;
	texts: ArticleTexts;
}

export type CheckReply =
	| { type: 'checked'; id: number; check: ArticleCheck }
	| { type: 'failed'; id: number; message: string };
