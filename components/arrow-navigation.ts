/**
 * Keyboard model of the sentence lists (one roving tab stop per list):
 * every navigable item carries `data-nav-row` (its row) and `data-nav-side`
 * (`page` | `counterpart`). Only one item of the list has tabIndex 0, so Tab enters
 * and leaves the list in one step; inside it
 *   ArrowDown / ArrowUp    → same side of the next / previous row (first item there),
 *   ArrowRight / ArrowLeft → next / previous item in the row (mirrored in RTL),
 *   Home / End             → first / last row.
 * Enter / Space on a page sentence are handled by the sentence itself.
 */

export interface NavStop {
  row: number;
  side: string;
  /** Index of the item among the row's items of that side. */
  index: number;
}

function rowOf(el: HTMLElement): number {
  return Number(el.dataset['navRow']);
}

/** Where an item sits, for the roving tab stop; null when `el` is not an item. */
export function navStopOf(el: EventTarget | null): NavStop | null {
  if (!(el instanceof HTMLElement)) return null;
  const item = el.closest<HTMLElement>('[data-nav-row]');
  if (!item) return null;
  const row = rowOf(item);
  const side = item.dataset['navSide'] ?? '';
  const parent = item.closest('[data-row]') ?? item.parentElement;
  const siblings = parent
    ? Array.from(parent.querySelectorAll<HTMLElement>(`[data-nav-row="${row}"][data-nav-side="${side}"]`))
    : [item];
  return { row, side, index: Math.max(0, siblings.indexOf(item)) };
}

/** Moves the focus for an arrow/Home/End key pressed inside `container`; true when it did. */
export function moveFocus(event: KeyboardEvent, container: HTMLElement): boolean {
  if (event.altKey || event.metaKey || event.ctrlKey) return false;
  const from = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-nav-row]') : null;
  if (!from || !container.contains(from)) return false;
  const items = Array.from(container.querySelectorAll<HTMLElement>('[data-nav-row]'));
  const rows = [...new Set(items.map(rowOf))];
  const row = rowOf(from);
  const side = from.dataset['navSide'];
  const inRow = (r: number | undefined) => items.filter((el) => rowOf(el) === r);
  const sameSideOrFirst = (r: number | undefined) => {
    const candidates = inRow(r);
    return candidates.find((el) => el.dataset['navSide'] === side) ?? candidates[0];
  };
  const rtl = getDirection(from) === 'rtl';
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = sameSideOrFirst(rows[rows.indexOf(row) + 1]);
      break;
    case 'ArrowUp':
      next = sameSideOrFirst(rows[rows.indexOf(row) - 1]);
      break;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const own = inRow(row);
      const forward = (event.key === 'ArrowRight') !== rtl;
      next = own[own.indexOf(from) + (forward ? 1 : -1)];
      break;
    }
    case 'Home':
      next = sameSideOrFirst(rows[0]);
      break;
    case 'End':
      next = sameSideOrFirst(rows[rows.length - 1]);
      break;
    default:
      return false;
  }
  if (!next) return false;
  event.preventDefault();
  next.focus();
  return true;
}

/** The UI direction around the list (not the sentence's own text direction). */
function getDirection(el: HTMLElement): string {
  const list = el.closest('[data-nav-list]');
  return (list?.closest('[dir]')?.getAttribute('dir') ?? 'ltr').toLowerCase();
}
