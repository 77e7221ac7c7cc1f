// The minimal SvelteKit reference page's build: SvelteKit's plugin and nothing else.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [sveltekit()] });
