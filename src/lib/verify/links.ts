/**
 * The link gate: every internal link and `#fragment` on the built site
 * leads somewhere. Pages are read from `dist/` as the host would serve them.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface BuiltFile {
  /** Path inside `dist/`, with `/` separators, e.g. `questions/03-x/index.html`. */
  path: string;
  /** Contents for HTML files; other files only need to exist. */
  html?: string;
}

export interface BrokenLink {
  /** The page that links. */
  page: string;
  href: string;
  reason: string;
}

/**
 * Checks `href`/`src` of every page against the built files. `base` is the
 * path the site is served under (`/` or `/crossguide/`); links outside it or
 * to other hosts are not checked.
 */
export function findBrokenLinks(files: readonly BuiltFile[], base = '/', origin = 'http://site.invalid'): BrokenLink[] {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const byPath = new Map(files.map((file) => [file.path, file]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) {
      const html = byPath.get(path)?.html;
      ids.set(path, new Set(html ? selectAll('[id]', fromHtml(html)).map((el) => String(el.properties.id)) : []));
    }
    return ids.get(path)!;
  };
  /** The built file a URL path resolves to, as a static host would resolve it. */
  const resolve = (pathname: string): string | undefined => {
    if (!pathname.startsWith(root)) return undefined;
    const inside = decodeURIComponent(pathname.slice(root.length));
    for (const candidate of [inside, `${inside}index.html`, `${inside}/index.html`]) {
      if (byPath.has(candidate.replace(/^\//, ''))) return candidate.replace(/^\//, '');
    }
    return undefined;
  };

  const broken: BrokenLink[] = [];
  for (const file of files) {
    if (!file.html) continue;
    const pageUrl = new URL(`${root}${file.path.replace(/index\.html$/, '')}`, origin);
    const tree = fromHtml(file.html);
    for (const element of selectAll('a[href], link[href], script[src], img[src], source[src]', tree)) {
      const href = String(element.properties.href ?? element.properties.src);
      if (/^(?:mailto:|tel:|javascript:|data:)/i.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.origin !== origin) continue;
      // A link to the page itself only has to name an id on it.
      const target = url.pathname === pageUrl.pathname ? file.path : resolve(url.pathname);
      if (!target) {
        if (url.pathname.startsWith(root)) broken.push({ page: file.path, href, reason: 'no such page or file' });
        else broken.push({ page: file.path, href, reason: `outside the base path ${root}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(target).has(fragment)) broken.push({ page: file.path, href, reason: `no element with id "${fragment}" on ${target}` });
    }
  }
  return broken;
}
