/**
 * The Studio's text edits, as pure functions: a paste cleaned of what a teacher cannot see (and, in
 * a quiz file, of curly quotes around a whole value), a pasted paragraph split into paragraphs, the
 * invisible characters deleted, and a checker's line and column turned into an editor's offset.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import { applyFix, fixFor, splitIntoParagraphs } from '$lib/studio/editor/fixes';
import { cleanPaste } from '$lib/studio/editor/paste-clean';
import { offsetOf } from '$lib/studio/editor/positions';
import { renderMarkdown } from '$lib/studio/editor/schema-markdown';

const ARTICLE_HEAD = "---\ntitle: 'A test'\n---\n\n";

describe('cleanPaste', () => {
	it('removes soft hyphens and zero-width characters and makes no-break spaces plain', () => {
		const pasted = 'The ferry\u00A0ran every\u202Fday; it was re\u00ADbuilt\u200B in 19\u2060 98.';
		expect(cleanPaste(pasted, 'markdown')).toBe(
			'The ferry ran every day; it was rebuilt in 19 98.'
		);
		expect(cleanPaste(pasted, 'yaml')).toBe('The ferry ran every day; it was rebuilt in 19 98.');
	});

	it('keeps curly quotes in the article: they are its text', () => {
		const pasted = '“We want our ferry back,” she said. It’s the town’s.';
		expect(cleanPaste(pasted, 'markdown')).toBe(pasted);
	});

	it('in a quiz file, makes curly quotes around a whole value straight, and keeps those inside', () => {
		const pasted = [
			'    prompt: “Why did the town vote?”',
			'    evidence: ‘it’s the town’s’',
			'      - “Ninety.”',
			'    explanation: She said “no” twice.'
		].join('\n');
		expect(cleanPaste(pasted, 'yaml')).toBe(
			[
				'    prompt: "Why did the town vote?"',
				"    evidence: 'it’s the town’s'",
				'      - "Ninety."',
				'    explanation: She said “no” twice.'
			].join('\n')
		);
	});

	it('escapes a straight quote inside a value it puts in straight quotes', () => {
		expect(cleanPaste('prompt: “Say "yes" \\ or no”', 'yaml')).toBe(
			'prompt: "Say \\"yes\\" \\\\ or no"'
		);
	});
});

describe('one-click fixes', () => {
	const pasted = `${ARTICLE_HEAD}One sentence here.\nAnother sentence here.\nA third sentence here.\n\nLast one.\n`;

	it('offers "split into paragraphs" on the checker\'s pasted-paragraph warning, which then goes', () => {
		const before = checkArticle({ slug: 'a', path: 'a.md', text: pasted, quizzes: [] });
		const warning = before.diagnostics.find((d) => fixFor(d.message) === 'split-paragraphs');
		expect(warning?.line).toBe(5);
		const fixed = applyFix(pasted, 'split-paragraphs', warning!.line);
		expect(fixed).toBe(
			`${ARTICLE_HEAD}One sentence here.\n\nAnother sentence here.\n\nA third sentence here.\n\nLast one.\n`
		);
		const after = checkArticle({ slug: 'a', path: 'a.md', text: fixed, quizzes: [] });
		expect(after.diagnostics).toEqual([]);
		expect(after.entry?.summary.paragraphCount).toBe(4);
	});

	it("offers to delete invisible characters on the checker's warning about them", () => {
		const text = `${ARTICLE_HEAD}A re\u00ADbuilt ferry.\n`;
		const [warning] = checkArticle({ slug: 'a', path: 'a.md', text, quizzes: [] }).diagnostics;
		expect(fixFor(warning!.message)).toBe('remove-invisible');
		expect(applyFix(text, 'remove-invisible', warning!.line)).toBe(
			`${ARTICLE_HEAD}A rebuilt ferry.\n`
		);
	});

	it('offers nothing on other problems', () => {
		expect(fixFor("unknown type 'singel' — did you mean 'single'?")).toBeUndefined();
	});

	it('splits only the paragraph at the line, keeping Windows line ends', () => {
		expect(splitIntoParagraphs('a\r\nb\r\n\r\nc\r\nd', 1)).toBe('a\r\n\r\nb\r\n\r\nc\r\nd');
		expect(splitIntoParagraphs('a\nb', 9)).toBe('a\nb');
	});
});

describe('offsetOf', () => {
	const text = 'ab\r\ncdef\n\nxyz';
	it('finds a line and column, clamped to the line and to the text', () => {
		expect(offsetOf(text, 1, 1)).toBe(0);
		expect(offsetOf(text, 2, 3)).toBe(6);
		expect(offsetOf(text, 1, 99)).toBe(2);
		expect(offsetOf(text, 3, 5)).toBe(9);
		expect(offsetOf(text, 4, 2)).toBe(11);
		expect(offsetOf(text, 9, 1)).toBe(text.length);
	});
});

describe("the quiz editor's help text", () => {
	it('renders code and bold, and escapes any markup', () => {
		expect(renderMarkdown('Use `single` **or** <b>"multiple"</b>')).toBe(
			'Use <code>single</code> <strong>or</strong> &lt;b&gt;&quot;multiple&quot;&lt;/b&gt;'
		);
		expect(renderMarkdown('a\nb', false)).toBe('a<br>b');
	});
});
