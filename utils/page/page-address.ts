/** A page's address without its #fragment: what tells one page from another (a fragment change is the same page). */
export function pageAddress(url: string): string {
  return url.split('#', 1)[0]!;
}
