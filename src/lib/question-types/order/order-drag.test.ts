/** The order question's drag arithmetic: where a dragged row lands and how the others make room. */
import { describe, expect, it } from 'vitest';
import { dragTo, dropIndex, reordered, rowTransform, shiftOf, type OrderDrag } from './order-drag';

// four rows 40px tall, 50px apart: middles at 20, 70, 120, 170
const middles = [20, 70, 120, 170];
const dragOf = (from: number): OrderDrag => ({
	pointerId: 1,
	from,
	to: from,
	startY: middles[from]!,
	dy: 0,
	middles,
	pitch: 50
});

describe('reordered', () => {
	it('moves one id down or up and leaves the input alone', () => {
		const ids = ['a', 'b', 'c', 'd'];
		expect(reordered(ids, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
		expect(reordered(ids, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
		expect(reordered(ids, 1, 1)).toEqual(ids);
		expect(ids).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('dropIndex', () => {
	it('counts the other rows whose middle the dragged middle has passed', () => {
		expect(dropIndex(middles, 0, 20)).toBe(0);
		expect(dropIndex(middles, 0, 119)).toBe(1);
		expect(dropIndex(middles, 0, 121)).toBe(2);
		expect(dropIndex(middles, 0, 500)).toBe(3);
		expect(dropIndex(middles, 3, 21)).toBe(1);
		expect(dropIndex(middles, 3, -50)).toBe(0);
	});
});

describe('dragTo', () => {
	it('follows the pointer and updates where the row would land', () => {
		const moved = dragTo(dragOf(0), 20 + 105);
		expect(moved).toMatchObject({ from: 0, dy: 105, to: 2 });
		expect(dragTo(moved, 20 - 10)).toMatchObject({ dy: -10, to: 0 });
	});
});

describe('shiftOf / rowTransform', () => {
	it('slides the rows between from and to one pitch toward the gap; the lifted row follows the pointer', () => {
		const down = dragTo(dragOf(0), 125); // row 0 over row 2
		expect([0, 1, 2, 3].map((i) => shiftOf(down, i))).toEqual([0, -50, -50, 0]);
		expect(rowTransform(down, 0)).toBe('translateY(105px)');
		expect(rowTransform(down, 1)).toBe('translateY(-50px)');
		expect(rowTransform(down, 3)).toBeUndefined();

		const up = dragTo(dragOf(3), 65); // row 3 over row 1
		expect([0, 1, 2, 3].map((i) => shiftOf(up, i))).toEqual([0, 50, 50, 0]);
		expect(rowTransform(null, 2)).toBeUndefined();
	});
});
