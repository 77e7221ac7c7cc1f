/**
 * The page's side of the check worker: posts the texts, and resolves with the checker's result
 * only for the newest texts posted; a reply to older texts (the teacher typed on meanwhile) is
 * dropped, resolving `undefined`.
 */
import type { ArticleCheck, ArticleTexts } from '$lib/checker/check-article';
import type { CheckReply, CheckRequest } from './messages';

/** What the client needs of a worker (a real one, or a stand-in in a test). */
export interface CheckPort {
	postMessage(request: CheckRequest): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<CheckReply>) => void): void;
	terminate(): void;
}

export type CheckOutcome =
	| { type: 'checked'; check: ArticleCheck }
	| { type: 'failed'; message: string }
	/** newer texts were posted before this reply came */
	| { type: 'stale' };

export class CheckClient {
	#port: CheckPort;
	#latest = 0;
	#waiting = new Map<number, (outcome: CheckOutcome) => void>();

	constructor(port: CheckPort) {
		this.#port = port;
		port.addEventListener('message', ({ data }) => {
			const resolve = this.#waiting.get(data.id);
			if (!resolve) return;
			this.#waiting.delete(data.id);
			if (data.id !== this.#latest) resolve({ type: 'stale' });
			else if (data.type === 'checked') resolve({ type: 'checked', check: data.check });
			else resolve({ type: 'failed', message: data.message });
		});
	}

	/** Checks `texts`; an older check still under way then resolves as stale. */
	check(texts: ArticleTexts): Promise<CheckOutcome> {
		const id = ++this.#latest;
		// the worker answers in order: every older request still waiting is now stale
		for (const [older, resolve] of this.#waiting) {
			this.#waiting.delete(older);
			resolve({ type: 'stale' });
		}
		return new Promise((resolve) => {
			this.#waiting.set(id, resolve);
			// $state proxies cannot be cloned: post plain copies
			this.#port.postMessage({ id, texts: plainTexts(texts) });
		});
	}

	close(): void {
		this.#port.terminate();
	}
}

function plainTexts({ slug, path, text, quizzes }: ArticleTexts): ArticleTexts {
	return {
		slug,
		path,
		text,
		quizzes: quizzes.map(({ path, slug, text }) => ({ path, slug, text }))
	};
}

/** The real worker, bundled by Vite from check.worker.ts. */
export function startCheckWorker(): CheckClient {
	const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
	return new CheckClient(worker as unknown as CheckPort);
}
