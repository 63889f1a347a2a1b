/**
 * Scrolls the nearest scrollable ancestor of an element so that the element sits in its middle. Unlike
 * `scrollIntoView`, the page and the other panels stay where they are.
 */
export function scrollIntoContainer(element: HTMLElement): void {
  const container = scrollParent(element);
  if (!container) return;
  const box = element.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  const offset =
    box.top - frame.top - (container.clientHeight - Math.min(box.height, container.clientHeight)) / 2;
  container.scrollTop += offset;
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight)
      return node;
  }
  return null;
}
