/**
 * Small builders for the quiz-logic tests: the fields every question has, so each test spells out
 * only the type-specific data it scores (and TypeScript checks it against the real types).
 */
import type { Option } from '$lib/quiz/types';

export const option = (id: string): Option => ({ id, text: [{ text: `Option ${id}` }] });
export const options = (...ids: string[]): Option[] => ids.map(option);

/**
 * The common view fields: id, prompt, points (default 1), version (default 'v1'), attempts (default
 * 1: one try, as in a test).
 */
export function viewBase(id: string, points = 1, version = 'v1', attempts = 1) {
	return { id, prompt: [{ text: `Prompt of ${id}` }], points, version, attempts };
}

/** The common key fields; the evidence sentences default to ¶1's first sentence. */
export function keyBase(evidenceSentences: string[] = ['1.1']) {
	return {
		explanation: [{ text: 'Because the article says so.' }],
		citations: [],
		evidenceSentences
	};
}

/** Part-B fields of a choice-type view. */
export const parts = (requireEvidence = false, evidenceCount = 1) => ({
	requireEvidence,
	evidenceCount
});
