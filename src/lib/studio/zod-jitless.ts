/**
 * zod without its compiled checks, wherever the Studio runs the checker (the page, its preview, the
 * check worker): to learn whether it may compile them, zod tries `new Function`, and the site's CSP,
 * which forbids eval, reports each try as a violation. Its checks are as fast here without.
 */
import { config } from 'zod';

config({ jitless: true });
