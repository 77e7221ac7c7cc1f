/**
 * What the browser tests build: the tests' own content (tests/fixtures/content), never the
 * questions/ a school edits, and where the SCORM harness keeps its packages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURE_CONTENT } from '../fixtures/content.ts';

export const questionsDir = FIXTURE_CONTENT;
export const harnessDir = 'node_modules/.cache/close-reader-e2e/scorm';

/** The quiz slugs of an article of the built site. */
export function quizSlugs(article: string): string[] {
	return readdirSync(join(questionsDir, article))
		.filter((name) => /\.ya?ml$/.test(name))
		.map((name) => name.replace(/\.ya?ml$/, ''))
		.sort();
}

/** A quiz's mode as its file says (practice when it says nothing). */
export function quizMode(article: string, slug: string): 'practice' | 'test' {
	const file = readdirSync(join(questionsDir, article)).find((name) =>
		new RegExp(`^${slug}\\.ya?ml$`).test(name)
	);
	if (!file) throw new Error(`no quiz ${article}/${slug} in ${questionsDir}`);
	const { mode } = parse(readFileSync(join(questionsDir, article, file), 'utf8')) as {
		mode?: string;
	};
	return mode === 'test' ? 'test' : 'practice';
}
