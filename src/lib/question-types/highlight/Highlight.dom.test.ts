/**
 * Highlight.svelte: what the student sees of a highlight question and does with it, beside the
 * article as on a quiz page: the instruction and the count, selecting sentences in the article, the
 * selection listed as it grows, and the review once checked.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { toggleSentence } from '$lib/components/selection/selection';
import { loadQuestionComponents } from '$lib/question-types/components';
import { Attempt } from '$lib/state/attempt.svelte';
import { loadedGrading } from '../../../../tests/unit/loaded-grading';
import { ReadingView } from '$lib/state/reading-view.svelte';
import { memoryStore } from '$lib/state/storage';
import { LOAD_PARTS_TIMEOUT_MS, loadPageParts } from '../../../../tests/unit/harness/quiz-page';
import SelectionHarness from '../../../../tests/unit/harness/SelectionHarness.svelte';
import { article, quizOf } from '../../../../tests/unit/text-question-fixtures';

const CRITICISM =
	'In contrast to Trump, Biden swiftly criticized North Korea for violating U.N. Security Council resolutions.';
const MISSILES = 'Pyongyang then fired two missiles.';

/** The article beside the fixtures' highlight question ("criticism", whose evidence is ¶2.1). */
async function setUp() {
	const quiz = quizOf(['criticism']);
	const attempt = new Attempt({
		grading: loadedGrading,
		quiz,
		store: memoryStore(),
		persistent: true
	});
	const reading = new ReadingView();
	attempt.load();
	const components = await loadQuestionComponents(quiz.questions);
	render(SelectionHarness, {
		props: { attempt, reading, components, article, questionId: 'criticism' }
	});
	return { attempt, reading };
}

beforeAll(async () => {
	await loadPageParts();
	await loadQuestionComponents(quizOf(['criticism']).questions);
}, LOAD_PARTS_TIMEOUT_MS);

const sentence = (name: string | RegExp) => screen.getByRole('checkbox', { name });
const selectButton = () => screen.getByRole('button', { name: 'Select in article' });

describe('Highlight', () => {
	it('says how many sentences to select, and the article is read, not selected, until asked', async () => {
		await setUp();
		expect(screen.getByText('Select the sentence that shows Biden’s response.')).toBeVisible();
		expect(selectButton()).toHaveAccessibleDescription('Select 1 sentence · 0 selected');
		// on a printed worksheet the count gives way to an instruction for pen and paper
		expect(screen.getByText('Underline 1 sentence in the article.')).toBeInTheDocument();
		expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
		expect(screen.queryByRole('list', { name: 'Your selection:' })).not.toBeInTheDocument();
	});

	it('turns the article’s sentences into toggles, counts and lists what is picked', async () => {
		const { attempt, reading } = await setUp();
		await userEvent.click(selectButton());
		expect(reading.selecting).toEqual({ questionId: 'criticism', part: 'response' });
		// every sentence of the article, each whole (abbreviations do not split one)
		expect(screen.getAllByRole('checkbox')).toHaveLength(4);
		expect(sentence(CRITICISM)).not.toBeChecked();

		await userEvent.click(sentence(CRITICISM));
		expect(sentence(CRITICISM)).toBeChecked();
		expect(attempt.answers['criticism']?.response).toEqual(['2.1']);
		expect(screen.getByText('Select 1 sentence · 1 selected')).toBeInTheDocument();
		expect(screen.getByRole('list', { name: 'Your selection:' })).toHaveTextContent(
			`¶2 ${CRITICISM}`
		);

		// a second one is allowed, listed in article order, and the question says it asks for fewer
		await userEvent.click(sentence(/^North Korea wants/));
		expect(screen.getByText('Select 1 sentence · 2 selected')).toBeInTheDocument();
		const picked = within(screen.getByRole('list', { name: 'Your selection:' })).getAllByRole(
			'listitem'
		);
		expect(picked).toHaveLength(2);
		expect(picked[0]).toHaveTextContent(/^¶1 North Korea wants/);
		expect(picked[1]).toHaveTextContent(`¶2 ${CRITICISM}`);
		// said under the question and in the article's selection bar
		expect(screen.getAllByText('You have selected 2; the question asks for 1.')).toHaveLength(2);

		// a click again deselects; "Done selecting" ends it and returns to the question's button
		await userEvent.click(sentence(/^North Korea wants/));
		expect(attempt.answers['criticism']?.response).toEqual(['2.1']);
		expect(screen.queryByText(/You have selected/)).not.toBeInTheDocument();
		await userEvent.click(screen.getAllByRole('button', { name: 'Done selecting' })[0]!);
		expect(reading.selecting).toBeNull();
		expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
		expect(selectButton()).toHaveFocus();
	});

	it('once checked lists and marks the selection and the evidence, also in the article', async () => {
		const { attempt, reading } = await setUp();
		reading.select({ questionId: 'criticism', part: 'response' });
		toggleSentence(attempt, { questionId: 'criticism', part: 'response' }, '2.2');
		// Check stops the selecting for the question it checks
		await userEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(reading.selecting).toBeNull();

		const yours = await screen.findByRole('list', { name: 'Your selection:' });
		expect(yours).toHaveTextContent(`¶2 ${MISSILES} ✗ Not the evidence`);
		expect(screen.getByRole('list', { name: 'Evidence you did not select:' })).toHaveTextContent(
			`¶2 ${CRITICISM} ○ Not selected`
		);
		expect(screen.queryByText(/Select 1 sentence ·/)).not.toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Show in article' }));
		expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
		const marked = document.querySelector('[data-sentence="2.1"]');
		expect(marked).toHaveAttribute('data-review', 'missed');
		expect(marked).toHaveTextContent('(the evidence; you did not select it)');
		expect(document.querySelector('[data-sentence="2.2"]')).toHaveTextContent(
			'(you selected this sentence: not the evidence)'
		);
		// toggling is over: a click changes nothing
		await userEvent.click(document.querySelector<HTMLElement>('[data-sentence="2.1"]')!);
		expect(attempt.answers['criticism']?.response).toEqual(['2.2']);
	});
});
