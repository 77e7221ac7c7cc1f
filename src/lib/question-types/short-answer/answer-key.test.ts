// @vitest-environment node
/**
 * The short answer's answer key: the accepted answers as the teacher wrote them, from the question
 * as built.
 */
import { describe, expect, it } from 'vitest';
import { answerKeyOf } from '../../../../tests/unit/answer-key-fixtures';

describe('the short-answer answer key', () => {
	it('lists the accepted answers as the teacher wrote them', () => {
		const key = answerKeyOf('short-answer', '"in 1949"', '    answers: ["1949.", "In 1949"]\n');
		expect(key).toEqual({ kind: 'accepted', answers: ['1949.', 'In 1949'] });
	});
});
