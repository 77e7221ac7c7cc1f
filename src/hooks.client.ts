/**
 * The browser's hook for a page that fails to load. A page whose data or code could not be fetched
 * because the network is gone (a quiz the device has not kept, opened offline) is an offline page,
 * which src/routes/+error.svelte words, not SvelteKit's "Internal Error".
 */
import type { HandleClientError } from '@sveltejs/kit';
import { isNetworkFailure } from '$lib/network-failure';

export const handleError: HandleClientError = ({ error, message }) =>
	isNetworkFailure(error, navigator.onLine) ? { message: 'Offline', offline: true } : { message };
