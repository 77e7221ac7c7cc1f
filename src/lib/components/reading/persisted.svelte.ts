/**
 * One value the student chose, remembered in this browser (localStorage) and reactive: read once,
 * through `parse` (stored text is untrusted: junk gives the default), written on every change.
 * Storage that is blocked or full leaves the value working for this page only.
 */
export class Persisted<T> {
	readonly #key: string;
	readonly #write: (value: T) => string;
	#value: T = $state.raw() as T;

	constructor(
		key: string,
		parse: (stored: string | null) => T,
		write: (value: T) => string = (value) => JSON.stringify(value)
	) {
		this.#key = key;
		this.#write = write;
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(key);
		} catch {
			// storage blocked (private mode, a sandboxed frame): the default
		}
		this.#value = parse(stored);
	}

	get current(): T {
		return this.#value;
	}

	set current(value: T) {
		this.#value = value;
		try {
			localStorage.setItem(this.#key, this.#write(value));
		} catch {
			// not remembered after this page, but it still applies here
		}
	}
}
