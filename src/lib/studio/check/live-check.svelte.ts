/**
 * The live check: the draft's texts are checked in the worker a moment after the teacher stops
 * typing, and the newest result is kept for the editors and the problem list.
 */
import type { ArticleCheck, ArticleTexts } from '$lib/checker/check-article';
import type { CheckClient } from './check-client';

export const CHECK_DELAY_MS = 200;

export type CheckState =
	| { type: 'waiting' }
	| { type: 'checked'; check: ArticleCheck }
	| { type: 'failed'; message: string };

export class LiveCheck {
	state = $state<CheckState>({ type: 'waiting' });
	#client: CheckClient;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(client: CheckClient) {
		this.#client = client;
	}

	/** The texts changed: check them once typing pauses. */
	schedule(texts: () => ArticleTexts): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.now(texts()), CHECK_DELAY_MS);
	}

	/** Checks `texts` at once; a result for older texts is dropped. */
	async now(texts: ArticleTexts): Promise<void> {
		const outcome = await this.#client.check(texts);
		switch (outcome.type) {
			case 'checked':
				this.state = { type: 'checked', check: outcome.check };
				break;
			case 'failed':
				this.state = { type: 'failed', message: outcome.message };
				break;
			case 'stale':
				break;
		}
	}

	close(): void {
		clearTimeout(this.#timer);
		this.#client.close();
	}
}
