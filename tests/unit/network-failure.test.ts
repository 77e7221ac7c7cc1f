/**
 * Telling a page that could not load for want of a network from any other failure
 * (src/lib/network-failure.ts), which decides between "You are offline" and "Something went wrong".
 */
import { describe, expect, it } from 'vitest';
import { isNetworkFailure } from '../../src/lib/network-failure.ts';

describe('isNetworkFailure', () => {
	it('counts any failure while the browser is offline', () => {
		expect(isNetworkFailure(new Error('500'), false)).toBe(true);
		expect(isNetworkFailure(undefined, false)).toBe(true);
	});

	it('counts a fetch or a module import the network failed, in each browser’s words', () => {
		for (const message of [
			'Failed to fetch',
			'NetworkError when attempting to fetch resource.',
			'Load failed',
			'The network connection was lost.',
			'Failed to fetch dynamically imported module: https://example.org/_app/x.js',
			'Importing a module script failed.'
		])
			expect(isNetworkFailure(new TypeError(message), true), message).toBe(true);
	});

	it('does not count a fault of the page while online', () => {
		expect(
			isNetworkFailure(new TypeError("Cannot read properties of undefined (reading 'fetch')"), true)
		).toBe(false);
		expect(isNetworkFailure(new Error('Failed to fetch'), true)).toBe(false);
		expect(isNetworkFailure('Failed to fetch', true)).toBe(false);
	});
});
