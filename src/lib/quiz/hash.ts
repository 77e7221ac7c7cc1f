/**
 * A short, stable hash (32-bit FNV-1a, base 36) for ids that must not reveal an order (order items,
 * match options) and for content versions. Not cryptographic: it only has to be stable and spread.
 */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}
