// The text settings read back from storage (untrusted: junk falls back to the defaults, setting by
// setting), written back, and shown as <html> attributes; and the first-paint script, run on its own
// as a page runs it, gives the same attributes for the same stored text.
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_TEXT_SETTINGS,
	readTextSettings,
	rootAttributes,
	settingValues,
	storedText,
	type TextSettings
} from '$lib/reading/text-settings';
import { withFirstPaintScript } from '$lib/server/first-paint';
import { FIRST_PAINT_SCRIPT, TEXT_SETTINGS_KEY } from '$lib/text-settings.js';
import config from '../../svelte.config.js';

const defaults: TextSettings = {
	textSize: '100',
	lineSpacing: 'normal',
	font: 'serif',
	theme: 'system',
	lineFocus: 'off'
};

/** Runs the first-paint script with `stored` in localStorage; the attributes it set on <html>. */
function firstPaint(stored: string | null, storage: 'works' | 'blocked' = 'works') {
	const attributes: Record<string, string> = {};
	const localStorage = {
		getItem(key: string) {
			if (storage === 'blocked') throw new Error('SecurityError');
			return key === TEXT_SETTINGS_KEY ? stored : null;
		}
	};
	const documentElement = {
		setAttribute: (name: string, value: string) => (attributes[name] = String(value))
	};
	runInNewContext(FIRST_PAINT_SCRIPT, { localStorage, document: { documentElement } });
	return attributes;
}

/** The attributes `rootAttributes` sets (not the ones it removes). */
function attributesOf(stored: string | null): Record<string, string> {
	return Object.fromEntries(
		rootAttributes(readTextSettings(stored)).filter(
			(entry): entry is [string, string] => entry[1] !== null
		)
	);
}

const junk: (string | null)[] = [
	null,
	'',
	'not json',
	'{"textSize":',
	'null',
	'42',
	'"font"',
	'[]',
	'["200"]',
	'{"textSize":200}',
	'{"textSize":"300","font":"comic-sans","theme":{"dark":true}}',
	'{"lineFocus":true,"lineSpacing":null}',
	'{"__proto__":{"font":"sans"}}',
	'{"constructor":"x","toString":"y"}'
];

describe('readTextSettings', () => {
	it('gives the defaults for nothing stored and for junk', () => {
		expect(DEFAULT_TEXT_SETTINGS).toEqual(defaults);
		for (const stored of junk) expect(readTextSettings(stored), String(stored)).toEqual(defaults);
	});

	it('keeps each known value and defaults each unknown one, setting by setting', () => {
		expect(readTextSettings('{"textSize":"200","font":"fancy","theme":"sepia","extra":1}')).toEqual(
			{ ...defaults, textSize: '200', theme: 'sepia' }
		);
	});

	it('reads back what it stores, which holds only what differs from the defaults', () => {
		const chosen: TextSettings = {
			...defaults,
			textSize: '175',
			font: 'opendyslexic',
			lineFocus: 'on'
		};
		expect(JSON.parse(storedText(chosen))).toEqual({
			textSize: '175',
			font: 'opendyslexic',
			lineFocus: 'on'
		});
		expect(readTextSettings(storedText(chosen))).toEqual(chosen);
		expect(storedText({ ...defaults })).toBe('{}');
	});

	it('offers at least four text sizes up to 200%, four fonts and four themes', () => {
		expect(settingValues('textSize').length).toBeGreaterThanOrEqual(4);
		expect(settingValues('textSize').at(-1)).toBe('200');
		expect(settingValues('font')).toEqual(['serif', 'sans', 'atkinson', 'opendyslexic']);
		expect(settingValues('theme')).toEqual(['system', 'light', 'dark', 'sepia']);
	});
});

describe('rootAttributes', () => {
	it('removes every attribute at the defaults, and sets data-* for the rest', () => {
		expect(rootAttributes({ ...defaults }).every(([, value]) => value === null)).toBe(true);
		expect(attributesOf('{"textSize":"150","lineSpacing":"wide","theme":"dark"}')).toEqual({
			'data-text-size': '150',
			'data-line-spacing': 'wide',
			'data-theme': 'dark'
		});
	});
});

describe('the first-paint script', () => {
	const valid = [
		'{"textSize":"200","lineSpacing":"wide","font":"atkinson","theme":"sepia","lineFocus":"on"}',
		'{"textSize":"125","theme":"light"}',
		'{"font":"sans","textSize":"banana"}',
		'{}'
	];

	it.each([...junk, ...valid])('sets what the settings say for %s', (stored) => {
		expect(firstPaint(stored)).toEqual(attributesOf(stored));
	});

	it('leaves the page alone where storage is blocked', () => {
		expect(firstPaint(valid[0]!, 'blocked')).toEqual({});
	});

	it('is written once into a page’s head', () => {
		const page = '<html><head><title>x</title></head><body></body></html>';
		const written = withFirstPaintScript(page);
		expect(written).toBe(
			`<html><head><title>x</title><script>${FIRST_PAINT_SCRIPT}</script></head><body></body></html>`
		);
		expect(withFirstPaintScript(written)).toBe(written);
	});

	it('is allowed by its hash in the pages’ Content Security Policy', () => {
		const hash = `sha256-${createHash('sha256').update(FIRST_PAINT_SCRIPT).digest('base64')}`;
		expect(config.kit?.csp?.directives?.['script-src']).toContain(hash);
	});
});
