/// <reference lib="webworker" />
/**
 * The Studio's check worker: the same check as `npm run check:questions` (checkArticle), run off
 * the page's thread so that typing never waits for it. The quizzes are built too (the preview
 * shows them) and posted back with the check.
 */
import '../zod-jitless';
import { checkArticle } from '$lib/checker/check-article';
import type { CheckReply, CheckRequest } from './messages';

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
