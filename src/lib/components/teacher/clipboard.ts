/**
 * Copying text for the evidence picker. The Clipboard API needs a secure context (https or
 * localhost) and the page's focus; where it is missing or refused, the caller says so and the
 * teacher copies the line shown on the page by hand.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
