/**
 * What "Start new" opens: a short article and a one-question quiz on it that check clean, so a
 * teacher starts from something that works and sees each field in use.
 */
import type { DraftData } from './draft-data';

export const TEMPLATE_SLUG = 'my-article';

const ARTICLE = `---
title: 'The lighthouse keeper'
source: Written as a Close Reader example
---

For forty years, Ada Reyes kept the lighthouse on Gull Rock. Every evening she climbed the ninety steps to light the lamp.

When the lamp became automatic in 1998, Ada stayed on the island. She said the sea was the only neighbour she needed.

Replace these paragraphs with your article. Leave a blank line between paragraphs: the quiz cites them as ¶1, ¶2 and so on.
`;

const QUIZ = `title: Reading check
description: One question to start from; add yours below it.
questions:
  - id: steps
    type: single
    prompt: How many steps did Ada climb each evening?
    choices:
      - text: Ninety.
        correct: true
      - text: Forty.
    explanation: She climbed the ninety steps to light the lamp.
    evidence: climbed the ninety steps to light the lamp
`;

/** A fresh draft from the template. */
export function templateDraft(): DraftData {
	return {
		slug: TEMPLATE_SLUG,
		article: ARTICLE,
		quizzes: [{ slug: 'reading-check', text: QUIZ }]
	};
}
