/**
 * Seeded shuffling. An attempt draws one seed and keeps it with its saved progress, so a reload
 * shows the same question and option order; a fresh attempt draws a new seed. Each list is shuffled
 * with its own salt (e.g. the question id), so the lists of one attempt are independent.
 */
import { hash32 } from '../../text/hash.ts';

/** A fresh 32-bit seed: from the platform's CSPRNG when there is one (any browser, Node ≥ 19). */
export function newSeed(): number {
	const crypto = globalThis.crypto;
	if (crypto && typeof crypto.getRandomValues === 'function') {
		return crypto.getRandomValues(new Uint32Array(1))[0]!;
	}
	return Math.floor(Math.random() * 0x1_0000_0000);
}

/** mulberry32: a tiny, fast, well-spread 32-bit PRNG; returns numbers in [0, 1). Not for secrets. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
	};
}

/** A copy of `items` in an order fixed by `seed` and `salt` (Fisher–Yates); `items` is not touched. */
export function shuffled<T>(items: readonly T[], seed: number, salt: string): T[] {
	const random = mulberry32((seed ^ hash32(salt)) >>> 0);
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const sameOrder = <T>(a: readonly T[], b: readonly T[]): boolean =>
	a.length === b.length && a.every((item, index) => item === b[index]);

/** Redraws before giving up; with ≥ 2 distinct items a draw equals the input at most half the time. */
const MAX_DRAWS = 16;

/**
 * Like `shuffled`, but never in the order given (when there are ≥ 2 items that are not all equal):
 * shown in the right order, an order question would answer itself. Deterministic for seed + salt.
 */
export function shuffledAway<T>(items: readonly T[], seed: number, salt: string): T[] {
	if (items.every((item) => item === items[0])) return [...items];
	for (let draw = 0; draw < MAX_DRAWS; draw++) {
		const out = shuffled(items, seed, draw === 0 ? salt : `${salt}#${draw}`);
		if (!sameOrder(out, items)) return out;
	}
	// practically unreachable; rotating by one differs from the input unless all items are equal
	return [...items.slice(1), items[0]!];
}
