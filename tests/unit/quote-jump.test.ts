// @vitest-environment node
/**
 * A citation jump and the way back from it (issue #21, item 7), in the reading view: each jump is
 * kept in the history it is given, "Back to question N" goes back through that history when the
 * jump's entry is the current one, Back out of it returns to the question, and moving on ends it.
 */
import { describe, expect, it } from 'vitest';
import type { Citation } from '$lib/quiz/types';
import { ReadingView, type JumpHistory } from '$lib/state/reading-view.svelte';

const citation: Citation = { quote: 'crude oil', paragraph: 2, start: 0, end: 9 };

/** A history like the quiz route's: one entry for the jump, its question the current state. */
function fakeHistory() {
	const log: string[] = [];
	const history: JumpHistory & { log: string[]; current: string | null } = {
		log,
		current: null,
		push(question) {
			log.push(`${history.current ? 'replace' : 'push'} ${question}`);
			history.current = question;
		},
		back() {
			log.push('back');
			history.current = null;
		}
	};
	return history;
}

describe('a citation jump', () => {
	it('is an entry in the history; Back out of it returns to its question, once', () => {
		const reading = new ReadingView();
		const history = fakeHistory();
		reading.useHistory(history);
		reading.showCitation(citation, 'facts');
		expect(reading.returnTo).toBe('facts');
		expect(history.log).toEqual(['push facts']);
		// still in the jump's entry: nothing to return to yet
		expect(reading.returnedInHistory()).toBeNull();
		// a second jump replaces the entry rather than piling up another
		reading.showCitation(citation, 'resource');
		expect(history.log).toEqual(['push facts', 'replace resource']);
		history.back();
		expect(reading.returnedInHistory()).toBe('resource');
		expect(reading.returnTo).toBeNull();
		expect(reading.returnedInHistory()).toBeNull();
	});

	it('"Back to question N" goes back through the history while the jump has its entry', () => {
		const reading = new ReadingView();
		const history = fakeHistory();
		reading.useHistory(history);
		reading.showCitation(citation, 'facts');
		// the popstate that follows returns (returnedInHistory)
		expect(reading.backFromJump()).toBeNull();
		expect(history.log).toEqual(['push facts', 'back']);
		expect(reading.returnedInHistory()).toBe('facts');
	});

	it('without a history, "Back to question N" returns at once', () => {
		const reading = new ReadingView();
		reading.showCitation(citation, 'facts');
		expect(reading.returnedInHistory()).toBeNull();
		expect(reading.backFromJump()).toBe('facts');
		expect(reading.returnTo).toBeNull();
		expect(reading.backFromJump()).toBeNull();
	});

	it('ends when the student moves on to another question or to selecting sentences', () => {
		const reading = new ReadingView();
		const history = fakeHistory();
		reading.useHistory(history);
		reading.showCitation(citation, 'facts');
		// working in the question it came from keeps it
		reading.leaveCitation('facts');
		expect(reading.returnTo).toBe('facts');
		reading.leaveCitation('tf');
		expect(reading.returnTo).toBeNull();
		// Back then leaves the stale entry without jumping anywhere
		history.back();
		expect(reading.returnedInHistory()).toBeNull();

		reading.showCitation(citation, 'facts');
		reading.select({ questionId: 'facts', part: 'evidence' });
		expect(reading.returnTo).toBeNull();
	});
});
