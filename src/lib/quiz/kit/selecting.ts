/**
 * Which sentences of the article a student is selecting: a question's response, for a type whose
 * answer is made of sentences (highlight), or a two-part question's Part B (its evidence). The
 * types' sentence picker (question-types/shared/) and the state that toggles sentences share it.
 */

/** Which sentences are being selected: a question's response made of sentences, or its Part B. */
export type Selecting = { questionId: string; part: 'response' | 'evidence' };
