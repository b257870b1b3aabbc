import { expect, test } from "vitest";

import { spreadLabels } from "@/components/charts/label-spread";

test("map labels that overlap are moved apart, stay on the map and remember their anchor", () => {
  // Southeast Asia at phone size: seven anchors within a few label widths, two on the same spot.
  const anchors = [
    { x: 500, y: 300 },
    { x: 505, y: 302 },
    { x: 510, y: 310 },
    { x: 498, y: 320 },
    { x: 520, y: 305 },
    { x: 520, y: 305 },
    { x: 100, y: 100 },
  ];
  const placed = spreadLabels(anchors, 40, 800, 450);
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      expect(Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y)).toBeGreaterThanOrEqual(39.9);
    }
    expect(placed[i]!.x).toBeGreaterThanOrEqual(20);
    expect(placed[i]!.y).toBeLessThanOrEqual(430);
    expect([placed[i]!.anchorX, placed[i]!.anchorY]).toEqual([anchors[i]!.x, anchors[i]!.y]);
  }
  // A label with room keeps its place.
  expect(placed[6]).toMatchObject({ x: 100, y: 100 });
  expect(spreadLabels(anchors, 40, 800, 450)).toEqual(placed);
});
