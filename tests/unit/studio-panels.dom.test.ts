/**
 * The Studio's export and GIFT panels as a teacher uses them: a GIFT file picked becomes a new quiz
 * (its name and the importer's YAML) with what was skipped said; a file that is not GIFT is refused
 * at its line; the GIFT download waits for a check without errors, then saves `<slug>.gift.txt`.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { checkArticle } from '$lib/checker/check-article';
import { importGift } from '$lib/checker/gift/import';
import ExportPanel from '$lib/studio/export/ExportPanel.svelte';
import GiftStart from '$lib/studio/gift/GiftStart.svelte';
import { ARTICLE } from './content-fixtures';

const GIFT = '::ties:: When were ties established? {=1949 ~1950}\n\n::pi:: Pi? {#3.14:0.01}\n';

describe('Start from GIFT', () => {
	it('makes a picked file a new quiz, named after it, and says what it skipped', async () => {
		const onquiz = vi.fn();
		render(GiftStart, { props: { taken: ['bank'], onquiz } });
		const file = new File([GIFT], 'Bank.gift', { type: 'text/plain' });
		await userEvent.upload(screen.getByLabelText('GIFT file'), file);
		const expected = importGift(GIFT, { file: 'Bank.gift' });
		await vi.waitFor(() => expect(onquiz).toHaveBeenCalledOnce());
		expect(onquiz).toHaveBeenCalledWith('bank-2', expected.ok && expected.yaml);
		expect(screen.getByRole('status')).toHaveTextContent(
			'Bank.gift is the new quiz bank-2.yaml: 1 question, with 2 placeholders to fill in'
		);
		expect(screen.getByRole('listitem')).toHaveTextContent(
			'line 3: “pi”: numerical questions (a number within a range) have no Close Reader type'
		);
	});

	it('refuses a file with a GIFT syntax error, at its line', async () => {
		const onquiz = vi.fn();
		render(GiftStart, { props: { taken: [], onquiz } });
		const file = new File(['::one:: Fine {T}\n\n::two:: Broken {=a ~b\n'], 'broken.gift');
		await userEvent.upload(screen.getByLabelText('GIFT file'), file);
		await vi.waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(/^broken\.gift:3:\d+ GIFT syntax error/)
		);
		expect(onquiz).not.toHaveBeenCalled();
	});
});

describe('the export panel', () => {
	const check = (text: string) =>
		checkArticle({ slug: 'korea', path: 'korea/article.md', text, quizzes: [] });

	it('offers GIFT only once the article and a quiz check without errors', () => {
		render(ExportPanel, { props: { check: check('') } });
		expect(screen.getByRole('button', { name: 'Download GIFT (Moodle)' })).toBeDisabled();
		expect(screen.getByText(/GIFT needs the article without errors/)).toBeVisible();
	});

	it('downloads the GIFT file of the quizzes that check', async () => {
		const created = vi.fn(() => 'blob:gift');
		vi.stubGlobal('URL', { ...URL, createObjectURL: created, revokeObjectURL: () => undefined });
		const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		const quiz = `title: Q\nquestions:\n  - id: q1\n    type: true-false\n    prompt: Ties date from 1949.\n    answer: true\n    explanation: ¶3 says so.\n    evidence: "In 1949"\n`;
		const checked = checkArticle({
			slug: 'korea',
			path: 'korea/article.md',
			text: ARTICLE,
			quizzes: [{ path: 'korea/q.yaml', slug: 'q', text: quiz }]
		});
		render(ExportPanel, { props: { check: checked } });
		await userEvent.click(screen.getByRole('button', { name: 'Download GIFT (Moodle)' }));
		expect(clicked).toHaveBeenCalledOnce();
		expect(clicked.mock.contexts[0]).toMatchObject({ download: 'korea.gift.txt' });
		// said under the GIFT button, not in the SCORM box's own status
		const [giftSaid, scormSaid] = screen.getAllByRole('status');
		expect(giftSaid).toHaveTextContent('Downloaded korea.gift.txt: 1 question for Moodle');
		expect(scormSaid?.textContent).toBe('');
		vi.unstubAllGlobals();
		clicked.mockRestore();
	});
});
