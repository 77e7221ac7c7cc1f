/**
 * The modulepreload links a quiz page gets for what its start fetches beyond SvelteKit's links
 * (server/prerender/preload-start.ts): each file the first cards' type components need and each
 * file a linked chunk imports, once, written the way the page already addresses the build's files,
 * and none the page already links.
 */
import { describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/server/prerender/client-build';
import {
	componentFiles,
	PART_B,
	partBFiles,
	preloadStart
} from '$lib/server/prerender/preload-start';

const manifest: Manifest = {
	'node_modules/@sveltejs/kit/src/runtime/client/entry.js': {
		file: '_app/immutable/entry/start.A1.js',
		imports: ['_runtime.js']
	},
	'_runtime.js': { file: '_app/immutable/chunks/runtime.R1.js' },
	'_choices.js': { file: '_app/immutable/chunks/choices.C1.js', imports: ['_runtime.js'] },
	'src/lib/question-types/single/Single.svelte': {
		file: '_app/immutable/chunks/Single.S1.js',
		isDynamicEntry: true,
		imports: ['_runtime.js', '_choices.js']
	},
	'src/lib/question-types/multiple/Multiple.svelte': {
		file: '_app/immutable/chunks/Multiple.M1.js',
		isDynamicEntry: true,
		imports: ['_choices.js', '_runtime.js']
	},
	'src/lib/question-types/order/Order.svelte': {
		file: '_app/immutable/chunks/Order.O1.js',
		isDynamicEntry: true,
		imports: ['_runtime.js']
	}
};

const page = (prefix: string) =>
	`<html><head><link href="${prefix}_app/immutable/entry/start.A1.js" rel="modulepreload">` +
	`<link href="${prefix}_app/immutable/chunks/runtime.R1.js" rel="modulepreload">` +
	`<style>p{}</style></head><body></body></html>`;

const links = (html: string) =>
	[...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((match) => match[1]);

describe('componentFiles', () => {
	it('is the component and every file it imports, each once, the component first', () => {
		expect(componentFiles(manifest, 'single')).toEqual([
			'_app/immutable/chunks/Single.S1.js',
			'_app/immutable/chunks/runtime.R1.js',
			'_app/immutable/chunks/choices.C1.js'
		]);
	});

	it('is nothing for a type the build has no component for', () => {
		expect(componentFiles(manifest, 'match')).toEqual([]);
	});
});

describe('preloadStart', () => {
	it('links what the types need and the page lacks, after its own links, as the page addresses files', () => {
		const html = preloadStart(page('../'), ['single', 'multiple', 'single'], manifest);
		expect(links(html)).toEqual([
			'../_app/immutable/entry/start.A1.js',
			'../_app/immutable/chunks/runtime.R1.js',
			'../_app/immutable/chunks/Single.S1.js',
			'../_app/immutable/chunks/choices.C1.js',
			'../_app/immutable/chunks/Multiple.M1.js'
		]);
		expect(html).toContain('rel="modulepreload"><style>');
	});

	it('also links what the linked files import when SvelteKit left it out', () => {
		const withPage: Manifest = {
			...manifest,
			'_page.js': { file: '_app/immutable/nodes/4.P1.js', imports: ['_picker.js'] },
			'_picker.js': { file: '_app/immutable/chunks/picker.K1.js', imports: ['_runtime.js'] }
		};
		const html = page('/').replace(
			'<style>',
			'<link href="/_app/immutable/nodes/4.P1.js" rel="modulepreload"><style>'
		);
		expect(links(preloadStart(html, [], withPage))).toEqual([
			'/_app/immutable/entry/start.A1.js',
			'/_app/immutable/chunks/runtime.R1.js',
			'/_app/immutable/nodes/4.P1.js',
			'/_app/immutable/chunks/picker.K1.js'
		]);
	});

	it('keeps a base path', () => {
		expect(links(preloadStart(page('/close-reader/'), ['order'], manifest))).toEqual([
			'/close-reader/_app/immutable/entry/start.A1.js',
			'/close-reader/_app/immutable/chunks/runtime.R1.js',
			'/close-reader/_app/immutable/chunks/Order.O1.js'
		]);
	});

	it('leaves a page with no links to the build as it is', () => {
		const html = '<html><head><link href="/elsewhere.js" rel="modulepreload"></head></html>';
		expect(preloadStart(html, ['single'], manifest)).toBe(html);
		expect(preloadStart('<html></html>', ['single'], manifest)).toBe('<html></html>');
	});
});

describe("Part B's files", () => {
	const withPartB: Manifest = {
		...manifest,
		[PART_B]: {
			file: '_app/immutable/chunks/EvidencePart.E1.js',
			isDynamicEntry: true,
			imports: ['_picker.js', '_runtime.js']
		},
		'_picker.js': { file: '_app/immutable/chunks/picker.K1.js', imports: ['_runtime.js'] }
	};

	it('are linked only for a page whose first cards include a two-part question', () => {
		expect(links(preloadStart(page('../'), ['single'], withPartB, true))).toEqual([
			'../_app/immutable/entry/start.A1.js',
			'../_app/immutable/chunks/runtime.R1.js',
			'../_app/immutable/chunks/Single.S1.js',
			'../_app/immutable/chunks/choices.C1.js',
			'../_app/immutable/chunks/EvidencePart.E1.js',
			'../_app/immutable/chunks/picker.K1.js'
		]);
		expect(links(preloadStart(page('../'), ['single'], withPartB))).not.toContain(
			'../_app/immutable/chunks/EvidencePart.E1.js'
		);
	});

	it('are none in a build where Part B is no file of its own', () => {
		expect(partBFiles(manifest)).toEqual([]);
	});
});
