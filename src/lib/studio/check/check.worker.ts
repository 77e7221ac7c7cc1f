/// <reference lib="webworker" />
/**
 * The Studio's check worker: the same check as `npm run check:questions` (checkArticle), run off
 * the page's thread so that typing never waits for it. The quizzes are built too (the preview
 * shows them) and posted back with the check.
 */
import { config } from 'zod';
import { checkArticle } from '$lib/checker/check-article';
import type { CheckReply, CheckRequest } from './messages';

// zod would try `new Function` to see whether it may compile its checks: a CSP that forbids eval
// reports that try as a violation; its checks run as fast here without
config({ jitless: true });

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
	const { id, texts } = event.data;
	let reply: CheckReply;
	try {
		reply = { type: 'checked', id, check: checkArticle(texts) };
	} catch (error) {
		reply = { type: 'failed', id, message: error instanceof Error ? error.message : String(error) };
	}
	scope.postMessage(reply);
});
