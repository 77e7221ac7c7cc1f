/**
 * The grading code as a page has it once loaded (state/grading.ts), for tests that make an
 * attempt or a session: a quiz page loads it after it has started (components/quiz/parts.ts).
 */
import * as grading from '$lib/state/grading';
import type { Grading, Loadable } from '$lib/state/grader.svelte';

export const loadedGrading: Loadable<Grading> = {
	current: grading,
	load: () => Promise.resolve(grading)
};
