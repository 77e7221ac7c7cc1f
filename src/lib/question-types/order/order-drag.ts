/**
 * Dragging an order question's row by its handle (mouse, pen, touch), without Svelte: the component
 * keeps the current `OrderDrag` in its state and renders each row's offset from it. Pointer Events
 * with pointer capture, not HTML5 drag and drop, which does not work on touch screens.
 */

/** A drag in progress. */
export interface OrderDrag {
	pointerId: number;
	from: number;
	/** where the item would land if dropped now */
	to: number;
	startY: number;
	/** how far the pointer has moved vertically since the drag began */
	dy: number;
	/** the vertical middles of the rows when the drag began */
	middles: number[];
	/** the distance from one row to the next */
	pitch: number;
}

/** The ids with the one at `from` moved to `to`. */
export function reordered(ids: readonly string[], from: number, to: number): string[] {
	const next = [...ids];
	const [moved] = next.splice(from, 1);
	next.splice(to, 0, moved!);
	return next;
}

/** Where a row dragged from `from` lands when its middle is at `centre`: past every other middle above it. */
export function dropIndex(middles: readonly number[], from: number, centre: number): number {
	return middles.filter((middle, i) => i !== from && middle < centre).length;
}

/** Starts dragging row `index` of `rows` (the list's rows in order); null if the pointer may not. */
export function startDrag(
	event: PointerEvent,
	rows: readonly HTMLElement[],
	index: number
): OrderDrag | null {
	if (event.pointerType === 'mouse' && event.button !== 0) return null;
	const rects = rows.map((row) => row.getBoundingClientRect());
	const rect = rects[index];
	if (!rect) return null;
	event.preventDefault();
	// so the handle keeps getting the moves once the pointer leaves it
	(event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
	const next = rects[index + 1] ?? rects[index - 1];
	return {
		pointerId: event.pointerId,
		from: index,
		to: index,
		startY: event.clientY,
		dy: 0,
		middles: rects.map((r) => r.top + r.height / 2),
		pitch: next ? Math.abs(next.top - rect.top) : rect.height
	};
}

/** The drag after the pointer moved to `clientY`. */
export function dragTo(drag: OrderDrag, clientY: number): OrderDrag {
	const dy = clientY - drag.startY;
	const to = dropIndex(drag.middles, drag.from, drag.middles[drag.from]! + dy);
	return { ...drag, dy, to };
}

/** How far row `index` is pushed aside while another is dragged past it (0 if not). */
export function shiftOf(drag: OrderDrag | null, index: number): number {
	if (!drag || index === drag.from) return 0;
	const { from, to, pitch } = drag;
	if (from < to && index > from && index <= to) return -pitch;
	if (to < from && index >= to && index < from) return pitch;
	return 0;
}

/** The CSS transform of row `index` during a drag: the lifted row follows the pointer. */
export function rowTransform(drag: OrderDrag | null, index: number): string | undefined {
	if (drag?.from === index) return `translateY(${drag.dy}px)`;
	const shift = shiftOf(drag, index);
	return shift !== 0 ? `translateY(${shift}px)` : undefined;
}
