/**
 * The sentence last focused while marking sentences by keyboard: it keeps the toolbar's one tab
 * stop (MarkableSentence.svelte). A sentence id of another article is simply not found there.
 */
export const markingFocus: { id: string | null } = $state({ id: null });
