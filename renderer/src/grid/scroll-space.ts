// Browsers cap an element's height (Chromium near 33.5M px, Firefox near
// 17.9M px). A million rows of 28 px need 28M px, so past a limit the
// scroll space is compressed and the scroll position is mapped back to rows.

/** The tallest scroll space used; well under every browser's cap. */
export const maxScrollHeight = 8_000_000;

/** How the rows of a table map onto a scroll container. */
export interface ScrollSpace {
  /** Height of the element that makes the container scroll. */
  height: number;
  /** Height the rows would take at full size. */
  contentHeight: number;
  /** Content pixels per scroll pixel (1 when nothing is compressed). */
  ratio: number;
}

/** Computes the scroll space for rows of a height in a viewport of a height. */
export function scrollSpace(rows: number, rowHeight: number, viewport: number): ScrollSpace {
  const contentHeight = rows * rowHeight;
  if (contentHeight <= maxScrollHeight) return { height: contentHeight, contentHeight, ratio: 1 };

  // Map the scrollable range (height - viewport) onto the content's scrollable range,
  // so the last row is reachable exactly at the bottom.
  const height = maxScrollHeight;
  const ratio = (contentHeight - viewport) / Math.max(1, height - viewport);
  return { height, contentHeight, ratio };
}

/** The content offset (pixels from the first row) shown at a scroll position. */
export function contentOffset(space: ScrollSpace, scrollTop: number, viewport: number): number {
  const maxContent = Math.max(0, space.contentHeight - viewport);
  return Math.min(maxContent, Math.max(0, scrollTop * space.ratio));
}

/** The scroll position that shows a content offset at the top. */
export function scrollTopFor(space: ScrollSpace, offset: number, viewport: number): number {
  const maxScroll = Math.max(0, space.height - viewport);
  return Math.min(maxScroll, Math.max(0, offset / space.ratio));
}

/** The rows visible at a content offset: first and last (0-based, inclusive). */
export function visibleRows(
  offset: number,
  viewport: number,
  rowHeight: number,
  rows: number,
): { first: number; last: number } {
  if (rows === 0) return { first: 0, last: -1 };
  const first = Math.min(rows - 1, Math.floor(offset / rowHeight));
  const last = Math.min(rows - 1, Math.floor((offset + viewport - 1) / rowHeight));
  return { first, last };
}
