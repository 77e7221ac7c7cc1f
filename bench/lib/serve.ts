/**
 * A static file server for the benchmark's sites, on loopback: `/a/b` is `a/b.html` or `a/b`, `/` is
 * `index.html` (as a static host serves a SvelteKit static build). Text files go gzipped to a browser
 * that accepts it, as every static host sends them (GitHub Pages, Netlify, Cloudflare): compressed
 * once and kept, so that serving costs the machine no more than a host's cache would. The weight
 * section gzips what the browser loaded itself, whatever the transfer.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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

const COMPRESSED = /^(text\/|application\/json|image\/svg)/;
const gzippedFiles = new Map<string, Buffer>();

function gzipped(path: string): Buffer {
	let body = gzippedFiles.get(path);
	if (!body) gzippedFiles.set(path, (body = gzipSync(readFileSync(path), { level: 9 })));
	return body;
}

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
		const type = TYPES[extname(found)] ?? 'application/octet-stream';
		const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
		if (COMPRESSED.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
			response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped(found));
			return;
		}
		response.writeHead(200, headers);
		createReadStream(found).pipe(response);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
