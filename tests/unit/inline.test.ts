// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseInline } from '$lib/text/inline';
import { plainText, unformatted } from '$lib/text/rich';

describe('parseInline links', () => {
	it('makes http(s) and mailto: addresses links', () => {
		expect(parseInline('See [the map](https://example.org/map) now.')).toEqual([
			{ text: 'See ' },
			{ text: 'the map', href: 'https://example.org/map' },
			{ text: ' now.' }
		]);
		expect(parseInline('[Write](mailto:teacher@example.org)')).toEqual([
			{ text: 'Write', href: 'mailto:teacher@example.org' }
		]);
		expect(parseInline('[old](HTTP://example.org)')[0]!.href).toBe('HTTP://example.org');
	});

	it('keeps balanced parentheses in an address, and reads an optional title', () => {
		expect(parseInline('[Seoul](https://en.wikipedia.org/wiki/Seoul_(city)) is big')).toEqual([
			{ text: 'Seoul', href: 'https://en.wikipedia.org/wiki/Seoul_(city)' },
			{ text: ' is big' }
		]);
		expect(parseInline('[a](https://example.org "The title")')).toEqual([
			{ text: 'a', href: 'https://example.org' }
		]);
		expect(parseInline('[a](<https://example.org/a b>)')).toEqual([
			{ text: 'a', href: 'https://example.org/a%20b' }
		]);
	});

	it('shows a link to an address that is not allowed as its text alone, not as Markdown', () => {
		for (const address of [
			'javascript:alert(1)',
			'JavaScript:alert(document.cookie)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox',
			'/local/page',
			'#top',
			'../up',
			'java&#9;script:alert(1)',
			'https:',
			'ftp://example.org/file'
		]) {
			const rich = parseInline(`Click [here *now*](${address}) please`);
			expect(plainText(rich), address).toBe('Click here now please');
			expect(
				rich.every((run) => run.href === undefined),
				address
			).toBe(true);
			expect(rich.find((run) => run.text === 'now')?.em, address).toBe(true);
		}
	});

	it('leaves text that only looks like a link alone', () => {
		expect(plainText(parseInline('an array[0](and more)'))).toBe('an array[0](and more)');
		expect(plainText(parseInline('[not closed](https://example.org'))).toBe(
			'[not closed](https://example.org'
		);
		expect(plainText(parseInline('[] (x) [y]'))).toBe('[] (x) [y]');
	});
});

describe('parseInline character references', () => {
	it('shows named and numeric references as the characters', () => {
		expect(plainText(parseInline('AT&amp;T, 3 &lt; 4 &gt; 2, &quot;q&quot; &apos;s'))).toBe(
			'AT&T, 3 < 4 > 2, "q" \'s'
		);
		expect(plainText(parseInline('caf&eacute; &mdash; &#8212; &#x2014; &#X2014; &nbsp;'))).toBe(
			'café — — — — \u00a0'
		);
		expect(plainText(parseInline('&#128512; &ngE; &Aring;'))).toBe('😀 ≧̸ Å');
	});

	it('keeps unknown names, missing semicolons and escaped ampersands as written', () => {
		expect(plainText(parseInline('&madeup; &amp &#; &#xZZ; Tom & Jerry \\&amp;'))).toBe(
			'&madeup; &amp &#; &#xZZ; Tom & Jerry &amp;'
		);
	});

	it('gives the replacement character for code point 0, a surrogate or one past U+10FFFF', () => {
		expect(plainText(parseInline('&#0; &#xD800; &#x110000;'))).toBe('\ufffd \ufffd \ufffd');
	});

	it('leaves references in code as written, and raw HTML as text', () => {
		expect(parseInline('`&amp;` and &lt;b&gt;')).toEqual([
			{ text: '&amp;', code: true },
			{ text: ' and <b>' }
		]);
		expect(plainText(parseInline('<script>alert(1)</script>'))).toBe('<script>alert(1)</script>');
	});

	it('a reference cannot make markup: &#42; is a literal asterisk', () => {
		expect(parseInline('&#42;not italic&#42;')).toEqual([{ text: '*not italic*' }]);
	});

	it('reads references in link addresses', () => {
		expect(parseInline('[q](https://example.org/?a=1&amp;b=2)')[0]!.href).toBe(
			'https://example.org/?a=1&b=2'
		);
	});
});

describe('parseInline on hostile input', () => {
	// a guard against quadratic work (minutes on these inputs), not a benchmark: the bound leaves room
	// for a busy machine
	it('reads long runs of brackets and markers in linear time', { timeout: 60_000 }, () => {
		for (const text of [
			'['.repeat(50_000),
			'*a '.repeat(30_000),
			'_x '.repeat(30_000),
			'[a]('.repeat(20_000)
		]) {
			const started = performance.now();
			expect(plainText(parseInline(text))).toBe(text);
			expect(performance.now() - started).toBeLessThan(10_000);
		}
	});
});

describe('unformatted', () => {
	it('is true of a run drawn as its text alone, false as soon as it has any mark', () => {
		expect(parseInline('Just words.').every(unformatted)).toBe(true);
		for (const text of ['*em*', '**strong**', '`code`', '[a link](https://example.org)'])
			expect(parseInline(text).every(unformatted), text).toBe(false);
	});
});
