/**
 * The answer keys of a quiz page: a practice quiz's come with its data; a test's are fetched after
 * submission (or when a submitted test is reopened), once at a time, and a failure is kept as a
 * status the page offers to retry, never thrown.
 */
import type { QuestionKey } from '$lib/quiz/types';

export type KeyFetcher = () => Promise<Record<string, QuestionKey>>;
export type KeysStatus = 'ready' | 'waiting' | 'loading' | 'failed';

export class Keys {
	readonly #fetch: KeyFetcher | undefined;
	#loading: Promise<void> | null = null;
	current: Record<string, QuestionKey> | null = $state.raw(null);
	status: KeysStatus = $state('waiting');

	constructor(keys: Record<string, QuestionKey> | null, fetch: KeyFetcher | undefined) {
		this.#fetch = fetch;
		this.current = keys;
		this.status = keys ? 'ready' : 'waiting';
	}

	/** Loads the keys, or waits for the load under way; nothing to do when they are known. */
	load(): Promise<void> {
		if (this.#loading) return this.#loading;
		const fetch = this.#fetch;
		if (this.current || !fetch) return Promise.resolve();
		this.status = 'loading';
		this.#loading = (async () => {
			try {
				this.current = await fetch();
				this.status = 'ready';
			} catch {
				this.status = 'failed';
			} finally {
				this.#loading = null;
			}
		})();
		return this.#loading;
	}

	/** A test started over: its keys are not the student's to see until the next submission. */
	forget(): void {
		this.current = null;
		this.status = 'waiting';
	}
}
