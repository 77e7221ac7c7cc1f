/**
 * Selecting sentences in the article (components/selection/) as a student does: by keyboard, and
 * into a two-part question's Part B. A highlight question's own side is tested beside it
 * (question-types/highlight/Highlight.dom.test.ts).
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCards } from '$lib/components/quiz/parts';
import { toggleSentence } from '$lib/components/selection/selection';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from './loaded-grading';
import { ReadingView } from '$lib/state/reading-view.svelte';
import { memoryStore } from '$lib/state/storage';
import { LOAD_PARTS_TIMEOUT_MS, loadPageParts } from './harness/quiz-page';
import SelectionHarness from './harness/SelectionHarness.svelte';
import { article, quizOf } from './text-question-fixtures';

const CRITICISM =
	'In contrast to Trump, Biden swiftly criticized North Korea for violating U.N. Security Council resolutions.';

async function setUp(questionId: string) {
	const quiz = quizOf([questionId]);
	const attempt = new Attempt({
		grading: loadedGrading,
		quiz,
		store: memoryStore(),
		persistent: true
	});
	const reading = new ReadingView();
	attempt.load();
	const components = await loadCards(quiz.questions);
	await loadPageParts();
	render(SelectionHarness, { props: { attempt, reading, components, article, questionId } });
	return { attempt, reading };
}

// what the first setUp would load (and compile), loaded once before the tests
beforeAll(async () => {
	await loadPageParts();
	await loadCards(quizOf(['criticism', 'aim']).questions);
}, LOAD_PARTS_TIMEOUT_MS);

const sentence = (name: string | RegExp) => screen.getByRole('checkbox', { name });

describe('selecting sentences in the article', () => {
	it('works by keyboard: Tab or arrows to a sentence, Space or Enter toggles, Escape returns', async () => {
		const { attempt, reading } = await setUp('criticism');
		const start = screen.getByRole('button', { name: 'Select in article' });
		start.focus();
		await userEvent.keyboard('{Enter}');
		await userEvent.tab(); // the bar's "Done selecting"
		await userEvent.tab();
		expect(sentence(/^North Korea wants/)).toHaveFocus();
		await userEvent.keyboard('{ArrowDown}{ArrowDown}');
		expect(sentence(CRITICISM)).toHaveFocus();
		await userEvent.keyboard(' ');
		expect(attempt.answers['criticism']?.response).toEqual(['2.1']);
		await userEvent.keyboard('{ArrowUp}{Enter}');
		expect(sentence(/^It will deepen ties/)).toBeChecked();
		await userEvent.keyboard('{Enter}');
		expect(sentence(/^It will deepen ties/)).not.toBeChecked();
		await userEvent.keyboard('{Escape}');
		expect(reading.selecting).toBeNull();
		expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
		expect(screen.getByRole('button', { name: 'Select in article' })).toHaveFocus();
	});

	it('makes the sentences one toolbar and one tab stop, described by the keys the bar shows', async () => {
		const { reading } = await setUp('criticism');
		await userEvent.click(screen.getByRole('button', { name: 'Select in article' }));
		const toolbar = screen.getByRole('toolbar', { name: 'Sentences of the article' });
		// the keys are <kbd>s in a line of text: matched on the line's whole text
		const keys = screen.getByText(
			(_, element) =>
				element?.tagName === 'P' &&
				/Enter or Space selects · Esc finishes/.test(element.textContent ?? '')
		);
		expect(toolbar).toHaveAccessibleDescription(keys.textContent!.replace(/\s+/g, ' ').trim());
		const tabbable = within(toolbar)
			.getAllByRole('checkbox')
			.filter((sentence) => sentence.tabIndex === 0);
		expect(tabbable).toHaveLength(1);

		await userEvent.tab(); // the bar's "Done selecting"
		await userEvent.tab();
		expect(sentence(/^North Korea wants/)).toHaveFocus();
		await userEvent.keyboard('{End}');
		expect(within(toolbar).getAllByRole('checkbox').at(-1)).toHaveFocus();
		await userEvent.keyboard('{Home}{ArrowDown}{ArrowDown}');
		expect(sentence(CRITICISM)).toHaveFocus();
		await userEvent.keyboard(' ');
		expect(reading.announcement).toBe('Select 1 sentence · 1 selected');
		// one Tab leaves the sentences; Shift+Tab comes back to the one last focused, then Done
		await userEvent.tab();
		expect(document.activeElement?.getAttribute('role')).not.toBe('checkbox');
		await userEvent.tab({ shift: true });
		expect(sentence(CRITICISM)).toHaveFocus();
		await userEvent.tab({ shift: true });
		const bar = screen.getByRole('region', { name: 'Selecting sentences' });
		expect(within(bar).getByRole('button', { name: 'Done selecting' })).toHaveFocus();
		// Escape on the bar finishes too
		await userEvent.keyboard('{Escape}');
		expect(reading.selecting).toBeNull();
		expect(screen.queryByRole('toolbar')).toBeNull();
	});

	it('starts the tab stop at the first selected sentence', async () => {
		const { attempt } = await setUp('criticism');
		toggleSentence(attempt, { questionId: 'criticism', part: 'response' }, '2.1');
		await userEvent.click(screen.getByRole('button', { name: 'Select in article' }));
		await userEvent.tab();
		await userEvent.tab();
		expect(sentence(CRITICISM)).toHaveFocus();
	});

	it('will not check more sentences than asked for, and spends no try on it', async () => {
		const { attempt } = await setUp('criticism');
		const selecting = { questionId: 'criticism', part: 'response' } as const;
		toggleSentence(attempt, selecting, '2.1');
		toggleSentence(attempt, selecting, '2.2');
		await userEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByRole('status')).toHaveTextContent(
			'You have selected 2; the question asks for 1.'
		);
		expect(attempt.progress('criticism').used).toBe(0);
		expect(attempt.isLocked('criticism')).toBe(false);
		expect(screen.queryByRole('list', { name: 'Evidence you did not select:' })).toBeNull();

		toggleSentence(attempt, selecting, '2.2');
		await userEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(await screen.findByRole('list', { name: 'Your selection:' })).toHaveTextContent(
			'✓ Evidence'
		);
		expect(screen.getByRole('status')).not.toHaveTextContent('You have selected');
	});
});

describe('two-part question (Part B)', () => {
	it('selects the supporting sentence into the evidence, separately from Part A', async () => {
		const { attempt, reading } = await setUp('aim');
		await userEvent.click(screen.getByLabelText('Closer ties with China'));
		const partB = screen.getByRole('group', { name: /Part B/ });
		expect(partB).toHaveTextContent('Select 1 sentence · 0 selected');
		await userEvent.click(within(partB).getByRole('button', { name: 'Select in article' }));
		expect(screen.getByRole('region', { name: 'Selecting sentences' })).toHaveTextContent(
			'Question 1, Part B: select 1 sentence in the article.'
		);
		await userEvent.click(sentence(/^It will deepen ties with China/));
		expect(attempt.answers['aim']).toMatchObject({ response: 'a', evidence: ['1.2'] });
		await userEvent.click(within(partB).getByRole('button', { name: 'Done selecting' }));
		expect(reading.selecting).toBeNull();
		expect(within(partB).getByRole('list', { name: 'Your selection:' })).toHaveTextContent(
			'¶1 It will deepen ties with China instead of the U.S.'
		);

		await attempt.check('aim');
		expect(await within(partB).findByRole('list', { name: 'Your selection:' })).toHaveTextContent(
			'✓ Evidence'
		);
	});
	it('will not check a Part B of more sentences than asked for', async () => {
		const { attempt } = await setUp('aim');
		await userEvent.click(screen.getByLabelText('Closer ties with China'));
		const selecting = { questionId: 'aim', part: 'evidence' } as const;
		toggleSentence(attempt, selecting, '1.2');
		toggleSentence(attempt, selecting, '1.1');
		expect(await attempt.check('aim')).toEqual({
			kind: 'wrong-count',
			mismatch: { part: 'evidence', selected: 2, needed: 1 }
		});
		expect(attempt.progress('aim').used).toBe(0);
		await userEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByRole('status')).toHaveTextContent(
			'You have selected 2; the question asks for 1.'
		);
	});
});
