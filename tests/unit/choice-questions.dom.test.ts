import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MultipleQuestion from '$lib/question-types/multiple/Multiple.svelte';
import ShortAnswerQuestion from '$lib/question-types/short-answer/ShortAnswer.svelte';
import SingleQuestion from '$lib/question-types/single/Single.svelte';
import TrueFalseNotGivenQuestion from '$lib/question-types/true-false-not-given/TrueFalseNotGiven.svelte';
import TrueFalseQuestion from '$lib/question-types/true-false/TrueFalse.svelte';
import { renderBound } from './harness/render-bound';
import { keyOf, viewOf } from './ui-fixtures';

describe('SingleQuestion', () => {
	const question = viewOf('main-idea', 'single');

	it('shows the choices as radios in the given order and binds the pick', async () => {
		const box = renderBound(SingleQuestion, {
			question,
			response: null,
			optionOrder: ['c', 'a', 'b']
		});
		const radios = screen.getAllByRole('radio');
		expect(radios.map((radio) => radio.closest('.choice')?.textContent?.trim())).toEqual([
			'Talks with the U.S.',
			'Closer ties with China',
			'A war'
		]);
		await userEvent.click(screen.getByLabelText('A war'));
		expect(box.value).toBe('b');
		expect(screen.getByLabelText('A war')).toBeChecked();
	});

	it('marks the right answer and a wrong pick in words once the key is shown, and locks', () => {
		render(SingleQuestion, {
			props: {
				question,
				response: 'b',
				locked: true,
				key: keyOf('main-idea', 'single'),
				optionOrder: []
			}
		});
		expect(screen.getByLabelText('A war')).toBeDisabled();
		const wrong = screen.getByLabelText('A war').closest('.choice');
		const right = screen.getByLabelText('Closer ties with China').closest('.choice');
		expect(wrong).toHaveTextContent('Your choice: not right');
		expect(right).toHaveTextContent('Right answer (not chosen)');
		expect(screen.getByLabelText('Talks with the U.S.').closest('.choice')).not.toHaveTextContent(
			/right/
		);
	});
});

describe('MultipleQuestion', () => {
	const question = viewOf('facts', 'multiple');

	it('uses checkboxes and binds every pick, in and out', async () => {
		const box = renderBound(MultipleQuestion, { question, response: [] });
		expect(screen.getByText('Select all that apply.')).toBeInTheDocument();
		await userEvent.click(screen.getByLabelText('Oil is short'));
		await userEvent.click(screen.getByLabelText('Trade has grown'));
		expect(box.value).toEqual(['x', 'z']);
		await userEvent.click(screen.getByLabelText('Oil is short'));
		expect(box.value).toEqual(['z']);
	});

	it('marks right picks, missed right answers and wrong picks', () => {
		render(MultipleQuestion, {
			props: {
				question,
				response: ['x', 'z'],
				locked: true,
				key: keyOf('facts', 'multiple'),
				optionOrder: []
			}
		});
		const row = (label: string) => screen.getByLabelText(label).closest('.choice');
		expect(row('Oil is short')).toHaveTextContent('Your choice: right');
		expect(row('Trade has fallen')).toHaveTextContent('Right answer (not chosen)');
		expect(row('Trade has grown')).toHaveTextContent('Your choice: not right');
	});
});

describe('TrueFalseQuestion', () => {
	it('offers True and False and binds a boolean', async () => {
		const box = renderBound(TrueFalseQuestion, {
			question: viewOf('tf', 'true-false'),
			response: null
		});
		expect(screen.getAllByRole('radio')).toHaveLength(2);
		await userEvent.click(screen.getByLabelText('False'));
		expect(box.value).toBe(false);
		await userEvent.click(screen.getByLabelText('True'));
		expect(box.value).toBe(true);
	});
});

describe('TrueFalseNotGivenQuestion', () => {
	it('offers True, False and Not given, and shows which was right', async () => {
		const question = viewOf('tfng', 'true-false-not-given');
		const box = renderBound(TrueFalseNotGivenQuestion, { question, response: null });
		await userEvent.click(screen.getByLabelText('Not given'));
		expect(box.value).toBe('not-given');
		cleanup();
		render(TrueFalseNotGivenQuestion, {
			props: {
				question,
				response: 'not-given',
				locked: true,
				key: keyOf('tfng', 'true-false-not-given'),
				optionOrder: []
			}
		});
		expect(screen.getByLabelText('Not given').closest('.choice')).toHaveTextContent(
			'Your choice: right'
		);
	});
});

describe('ShortAnswerQuestion', () => {
	const question = viewOf('resource', 'short-answer');

	it('has a labelled text box whose text is bound', async () => {
		const box = renderBound(ShortAnswerQuestion, { question, response: '' });
		await userEvent.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Crude oil');
		expect(box.value).toBe('Crude oil');
	});

	it('shows the accepted answers once the key is known, and is read-only', () => {
		render(ShortAnswerQuestion, {
			props: {
				question,
				response: 'coal',
				locked: true,
				key: keyOf('resource', 'short-answer'),
				optionOrder: []
			}
		});
		expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveAttribute('readonly');
		expect(screen.getByText(/Right answers:/)).toHaveTextContent(
			'Right answers: “crude oil”, “oil”'
		);
	});
});
