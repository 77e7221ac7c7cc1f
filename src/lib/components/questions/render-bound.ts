/** Test support for the question components (used by their *.test.ts files only). */
import { render } from '@testing-library/svelte';
import type { QuestionType } from '$lib/quiz/schema';
import BindResponse from './BindResponse.svelte';
import type { QuestionComponent } from './registry';
import type { QuestionProps } from './types';

/** Renders `component` with `response` bound; the component's assignments land in `box.value`. */
export function renderBound<T extends QuestionType>(
	component: QuestionComponent<T>,
	props: Omit<QuestionProps<T>, 'locked' | 'key' | 'optionOrder'> & Partial<QuestionProps<T>>
) {
	const box: { value: QuestionProps<T>['response'] } = { value: props.response };
	render(BindResponse<T>, {
		props: {
			locked: false,
			key: null,
			optionOrder: [],
			...props,
			component,
			onresponse: (value) => (box.value = value)
		}
	});
	return box;
}
