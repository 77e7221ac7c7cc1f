/**
 * Tells a page that could not load because the network is gone from any other failure, so that the
 * app says "You are offline" rather than "Internal Error" (src/hooks.client.ts). Pure: the caller
 * passes `navigator.onLine`.
 */

/** The words browsers give a fetch or a module import that failed for want of a network. */
const NETWORK_FAILURE =
	/failed to fetch|networkerror|load failed|network connection was lost|dynamically imported module|importing a module script failed/i;

/**
 * Whether `error`, thrown while loading a page, means the page could not be fetched: the browser is
 * offline, or a fetch or import failed at the network (a dropped connection), rather than a fault.
 */
export function isNetworkFailure(error: unknown, online: boolean): boolean {
	if (!online) return true;
	return error instanceof TypeError && NETWORK_FAILURE.test(error.message);
}
