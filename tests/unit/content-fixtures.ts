/** Temporary questions folders for the content-pipeline tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent } from '$lib/server/content';
import { formatDiagnostic } from '$lib/checker/diagnostics';

/** A short article: three paragraphs of the seed text and a heading. */
export const ARTICLE = `---
title: "FOCUS: N. Korea keen to cozy up to China"
source: Kyodo News
published: 2021-03-27
---

North Korea’s latest test-firing of ballistic missiles may signal that leader Kim Jong Un would try to rebuild the nation’s economy not by gaining concessions from the United States but by deepening ties with China.

## Reactions

In contrast to Trump, Biden swiftly criticized North Korea for violating U.N. Security Council resolutions banning it from using ballistic technology, saying Washington will “respond accordingly” if Pyongyang chooses to heighten tensions further.

In 1949, China and North Korea established diplomatic ties. They fought together in the 1950-1953 Korean War against the U.S.-led United Nations forces and have long been described as “blood brothers.”
`;

const folders: string[] = [];

/** Writes `files` (relative path → content) into a new temporary folder and returns its path. */
export function questionsFolder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'close-reader-test-'));
	folders.push(dir);
	for (const [path, content] of Object.entries(files)) {
		const file = join(dir, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, content);
	}
	return dir;
}

export function removeFolders(): void {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The report lines of checking `dir`, with paths relative to it. */
export function problems(dir: string): string[] {
	return checkContent(dir).diagnostics.map((d) => formatDiagnostic(d).slice(dir.length + 1));
}

/** A quiz file with one question of the given YAML (indented under `questions:`). */
export function quizWith(...questions: string[]): string {
	return `title: Test quiz\nquestions:\n${questions.join('')}`;
}

/** Problems of a folder holding ARTICLE and one quiz file `a/q.yaml`. */
export function quizProblems(quiz: string): string[] {
	return problems(questionsFolder({ 'a/article.md': ARTICLE, 'a/q.yaml': quiz }));
}

/** The first question of `quiz` as built beside `article`, or undefined when the folder has errors. */
export function builtQuestion(quiz: string, article: string = ARTICLE) {
	const dir = questionsFolder({ 'a/article.md': article, 'a/q.yaml': quiz });
	return checkContent(dir).content?.articles[0]?.quizzes[0]?.questions[0];
}
