/**
 * A citation jump as a shallow history entry (SvelteKit's page state), so that the browser's Back
 * returns from it: one entry for a run of jumps, Back returns to the question of the last. The quiz
 * route and the SCORM player give it to the quiz page; the Studio's preview keeps none.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { JumpHistory } from '$lib/state/reading-view.svelte';

export const jumpHistory: JumpHistory = {
	get current() {
		return page.state.quoteJump?.question ?? null;
	},
	push(question) {
		const state = { quoteJump: { question } };
		if (page.state.quoteJump) replaceState('', state);
		else pushState('', state);
	},
	back: () => window.history.back()
};
