/** Test support for the question-type components: render one with `response` bound. */
import { render } from '@testing-library/svelte';
import type { QuestionComponent, QuestionProps } from '$lib/question-types/props';
import type { TypeShapes } from '$lib/quiz/types';
import BindResponse from './BindResponse.svelte';

/** Renders `component` with `response` bound; the component's assignments land in `box.value`. */
export function renderBound<S extends TypeShapes>(
	component: QuestionComponent<S>,
	props: Omit<QuestionProps<S>, 'locked' | 'key' | 'optionOrder'> & Partial<QuestionProps<S>>
) {
	const box: { value: QuestionProps<S>['response'] } = { value: props.response };
	render(BindResponse<S>, {
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
