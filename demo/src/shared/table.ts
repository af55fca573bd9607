// A data table built from text only: column headers as `th scope=col`, each row's first cell as `th scope=row`.
import type { LocalizedText } from '@satupintu/core';
import { make, say } from './text.js';

/** One cell: text, or a node built by the page (a link, a badge). */
export type Cell = string | Node;

function cellNode(tag: 'td' | 'th', cell: Cell): HTMLTableCellElement {
  const node = make(tag);
  if (typeof cell === 'string') node.textContent = cell;
  else node.append(cell);
  return node;
}

/** A table with a caption, the `columns` in the page's language and `rows` of cells. */
export function dataTable(caption: LocalizedText, columns: readonly LocalizedText[], rows: readonly (readonly Cell[])[]): HTMLElement {
  const table = make('table');
  table.append(make('caption', say(caption)));
  const head = make('tr');
  for (const column of columns) head.append(make('th', say(column), { scope: 'col' }));
  const thead = make('thead');
  thead.append(head);
  const body = make('tbody');
  for (const row of rows) {
    const tr = make('tr');
    row.forEach((cell, index) => {
      const node = cellNode(index === 0 ? 'th' : 'td', cell);
      if (index === 0) node.scope = 'row';
      tr.append(node);
    });
    body.append(tr);
  }
  table.append(thead, body);
  const wrapper = make('div', undefined, { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': say(caption) });
  wrapper.append(table);
  return wrapper;
}

/** A link to `href` with `text`. */
export function link(href: string, text: string): HTMLAnchorElement {
  return make('a', text, { href });
}
