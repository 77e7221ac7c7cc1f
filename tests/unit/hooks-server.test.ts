// @vitest-environment node
/**
 * The server hook's turn (src/hooks.server.ts): while a build prerenders, each request waits for
 * the event loop's next turn before it is rendered, so that prerendering is never one chain of
 * promises, in which V8 keeps every WeakRef's target (and so every page's fetched files) alive
 * until the build ends (bench/results.md, "A build's memory"). The dev server answers at once.
 */
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';

async function hookWhile(building: boolean): Promise<Handle> {
	vi.resetModules();
	vi.doMock('$app/environment', () => ({ building, browser: false, dev: !building, version: '' }));
	return (await import('../../src/hooks.server')).handle;
}

/** a request for a page with no article and no build manifest to apply */
const event = {
	url: new URL('http://localhost/'),
	route: { id: '/' },
	params: {}
} as unknown as RequestEvent;

/** every promise callback queued so far, and those they queue, run: the chain's own job */
async function drainTheChain(): Promise<void> {
	for (let step = 0; step < 50; step++) await Promise.resolve();
}

afterEach(() => {
	vi.doUnmock('$app/environment');
});

describe('the server hook', () => {
	it('while building, renders a request in a later turn of the event loop', async () => {
		const handle = await hookWhile(true);
		const resolve = vi.fn(async () => new Response('the page'));
		const answer = handle({ event, resolve });
		await drainTheChain();
		expect(resolve).not.toHaveBeenCalled();
		await new Promise((turn) => setImmediate(turn));
		expect(resolve).toHaveBeenCalledOnce();
		expect(await (await answer).text()).toBe('the page');
	});

	it('on the dev server, renders it at once', async () => {
		const handle = await hookWhile(false);
		const resolve = vi.fn(async () => new Response('the page'));
		const answer = handle({ event, resolve });
		await drainTheChain();
		expect(resolve).toHaveBeenCalledOnce();
		expect(await (await answer).text()).toBe('the page');
	});
});
