/**
 * A static file server for the benchmark's sites, on loopback: `/a/b` is `a/b.html` or `a/b`, `/` is
 * `index.html` (as a static host serves a SvelteKit static build). No compression: the benchmark
 * gzips what the browser loaded itself.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

function file(root: string, pathname: string): string | undefined {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = path.endsWith('/')
		? [join(root, path, 'index.html')]
		: [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')];
	return candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
}

export function serve(root: string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const found = file(root, new URL(request.url ?? '/', 'http://localhost').pathname);
		if (!found) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(found)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		createReadStream(found).pipe(response);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
