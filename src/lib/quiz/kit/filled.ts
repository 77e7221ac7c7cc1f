/**
 * Whether a typed answer or blank counts as filled in: all that answering needs of typed answers,
 * apart from credit.ts, whose comparing (and the text handling it pulls in) only grading needs.
 */

/** Text that is more than white space: a typed answer or blank that counts as filled in. */
export const filled = (text: string | null | undefined): boolean => (text ?? '').trim() !== '';
