/**
 * The one hash of the project: 32-bit FNV-1a. It seeds per-list shuffles, names order items and
 * match options without revealing their order, and versions content. Not cryptographic: it only has
 * to be stable and well spread.
 */
export function hash32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** `hash32` in base 36: a short id or version string. */
export function shortHash(text: string): string {
	return hash32(text).toString(36);
}
