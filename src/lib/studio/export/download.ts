/**
 * Saving a file the Studio made by download: the browser's own "save" of a Blob, through a
 * temporary link. The one place the Studio's exports touch the DOM to save.
 */
export function download(name: string, data: string | Uint8Array, type: string): void {
	const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// the download has taken the Blob by the time the click returns; the URL is not needed again
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
