/**
 * A static web server for built sites, as a host would serve them (an `x.html` answers `/x`), whose
 * folder can be swapped while it runs: a new deployment at the same address, for the service worker's
 * update test. Listens on 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml'
};

export interface StaticSite {
	url: string;
	/** Serves `folder` from now on (a new deployment). */
	deploy(folder: string): void;
	close(): Promise<void>;
}

export async function serveStatic(folder: string, port: number): Promise<StaticSite> {
	let root = folder;
	const server: Server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		const candidates = [
			join(root, path),
			join(root, `${path}.html`),
			join(root, path, 'index.html')
		];
		const file = candidates.find(
			(candidate) => existsSync(candidate) && statSync(candidate).isFile()
		);
		if (!file || !file.startsWith(root)) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${port}`,
		deploy(next) {
			root = next;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
