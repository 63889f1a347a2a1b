/** The memory baseline for a loader run: Node with tsx's loader, importing and doing nothing. */
export {};
