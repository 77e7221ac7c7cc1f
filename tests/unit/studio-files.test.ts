/**
 * The Studio's files: what opened files make (article.md and the quiz files; anything else left out
 * and named), and the zip a draft downloads as: the same bytes every time, the files of
 * `questions/<slug>/`, which check as the draft does; and the mistakes the browser test types, as
 * the checker reports them.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import { sortDiagnostics } from '$lib/checker/diagnostics';
import { draftTexts } from '$lib/studio/files/draft-data';
import { draftFromFiles } from '$lib/studio/files/read-files';
import { templateDraft } from '$lib/studio/files/template';
import { zipDraft, zipName } from '$lib/studio/files/zip';
import {
	CLEAN_ARTICLE,
	PASTED_ARTICLE,
	QUIZ_BADLY_INDENTED,
	QUIZ_WITH_MISTAKES
} from '../fixtures/studio/mistakes';

describe('draftFromFiles', () => {
	it('takes article.md and the quiz files, in name order, and names what it left out', () => {
		const read = draftFromFiles(
			[
				{ name: 'word-work.yml', text: 'title: W\n' },
				{ name: 'notes.txt', text: 'x' },
				{ name: 'article.md', text: '---\ntitle: A\n---\n\nText.\n' },
				{ name: 'main-ideas.yaml', text: 'title: M\n' }
			],
			'ferry'
		);
		expect(read).toEqual({
			type: 'draft',
			draft: {
				slug: 'ferry',
				article: '---\ntitle: A\n---\n\nText.\n',
				quizzes: [
					{ slug: 'main-ideas', text: 'title: M\n' },
					{ slug: 'word-work', text: 'title: W\n' }
				]
			},
			ignored: ['notes.txt']
		});
	});

	it('needs an article.md', () => {
		expect(draftFromFiles([{ name: 'quiz.yaml', text: '' }], 'a')).toEqual({
			type: 'no-article',
			ignored: []
		});
	});

	it('gives a folder name that is not a slug a slug', () => {
		const read = draftFromFiles([{ name: 'article.md', text: '' }], 'My Article');
		expect(read.type === 'draft' && read.draft.slug).toBe('my-article');
		expect(read.type === 'draft' && read.draft.quizzes).toHaveLength(1);
	});
});

describe('zipDraft', () => {
	const draft = {
		...templateDraft(),
		quizzes: [{ slug: 'word-work', text: 'title: W\nquestions: []\n' }, ...templateDraft().quizzes]
	};

	it('gives the same bytes for the same draft', () => {
		expect(zipDraft(draft)).toEqual(zipDraft(structuredClone(draft)));
		expect(zipName(draft)).toBe('my-article.zip');
	});

	it('holds the files of questions/<slug>/ in name order, which check as the draft does', () => {
		const files = unzipSync(zipDraft(templateDraft()));
		expect(Object.keys(files)).toEqual([
			'questions/my-article/article.md',
			'questions/my-article/reading-check.yaml'
		]);
		const text = (path: string) => strFromU8(files[path]!);
		const unzipped = checkArticle({
			slug: 'my-article',
			path: 'questions/my-article/article.md',
			text: text('questions/my-article/article.md'),
			quizzes: [
				{
					path: 'questions/my-article/reading-check.yaml',
					slug: 'reading-check',
					text: text('questions/my-article/reading-check.yaml')
				}
			]
		});
		expect(unzipped.diagnostics).toEqual([]);
		expect(unzipped).toEqual(checkArticle(draftTexts(templateDraft())));
	});
});

describe('the mistakes the browser test types', () => {
	it('are reported by the checker at their lines, in the words the Studio lists', () => {
		const check = checkArticle({
			slug: 'ferry',
			path: 'questions/ferry/article.md',
			text: CLEAN_ARTICLE,
			quizzes: [
				{ path: 'questions/ferry/ferry-check.yaml', slug: 'ferry-check', text: QUIZ_WITH_MISTAKES },
				{ path: 'questions/ferry/second.yaml', slug: 'second', text: QUIZ_BADLY_INDENTED }
			]
		});
		const listed = sortDiagnostics(check.diagnostics).map(
			(d) => `${d.path.split('/').pop()}:${d.line}:${d.col} ${d.message}`
		);
		expect(listed).toEqual([
			'ferry-check.yaml:11:15 evidence: quote not found in the article: "was sold in 1948". Closest passage, ¶1: "was sold in [1948 → 1984]"',
			"ferry-check.yaml:13:11 unknown type 'singel' — did you mean 'single'?",
			"ferry-check.yaml:17:5 missing required key 'answer'",
			"ferry-check.yaml:22:9 id 'sold' is used twice; first at line 3",
			'ferry-check.yaml:35:18 paragraph: the article has no ¶7; it has ¶1 to ¶3',
			'ferry-check.yaml:40:7 choices: exactly one choice must be marked correct: true; 0 are',
			"ferry-check.yaml:44:5 missing required key 'explanation'",
			"ferry-check.yaml:55:13 points: expected a number, not text ('lots')",
			'second.yaml:5:4 `prompt:` is indented 1 space less than `type:` above it: line it up with `type:`'
		]);
		expect(PASTED_ARTICLE).toContain('\u00AD');
		expect(CLEAN_ARTICLE).not.toMatch(/[\u00AD\u00A0]/);
	});
});
