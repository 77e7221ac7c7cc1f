/**
 * The Studio's files: what opened files make (article.md and the quiz files; anything else left out
 * and named), and the zip a draft downloads as: the same bytes every time, the files of
 * `questions/<slug>/`, which check as the draft does.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import { draftTexts } from '$lib/studio/files/draft-data';
import { draftFromFiles } from '$lib/studio/files/read-files';
import { templateDraft } from '$lib/studio/files/template';
import { zipDraft, zipName } from '$lib/studio/files/zip';

describe('draftFromFiles', () => {
	it('takes article.md and the quiz files, in name order, and names what it left out', () => {
		const read = draftFromFiles(
			[
				{ name: 'vocabulary.yml', text: 'title: V\n' },
				{ name: 'notes.txt', text: 'x' },
				{ name: 'article.md', text: '---\ntitle: A\n---\n\nText.\n' },
				{ name: 'reading-check.yaml', text: 'title: R\n' }
			],
			'ferry'
		);
		expect(read).toEqual({
			type: 'draft',
			draft: {
				slug: 'ferry',
				article: '---\ntitle: A\n---\n\nText.\n',
				quizzes: [
					{ slug: 'reading-check', text: 'title: R\n' },
					{ slug: 'vocabulary', text: 'title: V\n' }
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
		quizzes: [{ slug: 'vocabulary', text: 'title: V\nquestions: []\n' }, ...templateDraft().quizzes]
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
