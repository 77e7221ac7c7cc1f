/**
 * The draft being edited: the article's slug, its article.md and its quiz files, one of which is
 * shown at a time, and the folder it was opened from (saved back into), if any. Every change tells
 * the one follower (the autosave) that the draft changed.
 */
import type { DraftData, QuizDraft } from './draft-data';

export class Draft {
	slug = $state('');
	article = $state('');
	quizzes = $state<QuizDraft[]>([]);
	/** the index of the quiz shown in the editor */
	current = $state(0);
	/** the teacher's folder it was opened from, where "Save to" writes */
	folder = $state.raw<FileSystemDirectoryHandle | undefined>();
	#changed: () => void;

	constructor(data: DraftData, changed: () => void = () => {}) {
		this.#changed = changed;
		this.#load(data);
	}

	#load({ slug, article, quizzes }: DraftData): void {
		this.slug = slug;
		this.article = article;
		this.quizzes = quizzes.map((quiz) => ({ ...quiz }));
		this.current = 0;
	}

	/** Replaces the whole draft (start new, open files or a folder, another draft opened). */
	replace(
		data: DraftData,
		{ save = true, folder }: { save?: boolean; folder?: FileSystemDirectoryHandle } = {}
	): void {
		this.#load(data);
		this.folder = folder;
		if (save) this.#changed();
	}

	setSlug(slug: string): void {
		this.slug = slug;
		this.#changed();
	}

	setArticle(text: string): void {
		if (text === this.article) return;
		this.article = text;
		this.#changed();
	}

	setQuiz(index: number, text: string): void {
		const quiz = this.quizzes[index];
		if (!quiz || quiz.text === text) return;
		quiz.text = text;
		this.#changed();
	}

	/** Adds an empty quiz file with a name not yet taken, and shows it. */
	addQuiz(): void {
		const taken = this.quizzes.map((quiz) => quiz.slug);
		let n = this.quizzes.length + 1;
		while (taken.includes(`quiz-${n}`)) n++;
		this.quizzes.push({ slug: `quiz-${n}`, text: 'title: \nquestions:\n' });
		this.current = this.quizzes.length - 1;
		this.#changed();
	}

	/** Adds a quiz file with its text (a quiz started from GIFT), and shows it. */
	addQuizFile(slug: string, text: string): void {
		this.quizzes.push({ slug, text });
		this.current = this.quizzes.length - 1;
		this.#changed();
	}

	renameQuiz(index: number, slug: string): void {
		const quiz = this.quizzes[index];
		if (!quiz || quiz.slug === slug) return;
		quiz.slug = slug;
		this.#changed();
	}

	removeQuiz(index: number): void {
		if (this.quizzes.length <= 1) return;
		this.quizzes.splice(index, 1);
		this.current = Math.min(this.current, this.quizzes.length - 1);
		this.#changed();
	}

	/** The draft as plain data (for saving, checking and exporting). */
	get data(): DraftData {
		return {
			slug: this.slug,
			article: this.article,
			quizzes: this.quizzes.map(({ slug, text }) => ({ slug, text }))
		};
	}
}
