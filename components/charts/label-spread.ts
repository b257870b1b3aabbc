/**
 * Moves overlapping map labels apart: a few rounds of pairwise repulsion until no two are closer
 * than `gap`, each kept inside the box. Labels that had to move get a leader line to their anchor.
 * Deterministic (same input, same layout). Pure.
 */
export interface Placed {
  x: number;
  y: number;
  anchorX: number;
  anchorY: number;
}

export function spreadLabels(
  anchors: readonly { x: number; y: number }[],
  gap: number,
  width: number,
  height: number,
  rounds = 60,
): Placed[] {
  const placed = anchors.map((a) => ({ x: a.x, y: a.y, anchorX: a.x, anchorY: a.y }));
  const half = gap / 2;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= gap) continue;
        if (distance < 1e-6) {
          // Same spot: split them along a fixed diagonal so the result does not depend on chance.
          dx = 1;
          dy = 1;
          distance = Math.SQRT2;
        }
        const push = (gap - distance) / 2 + 0.01;
        const ux = dx / distance;
        const uy = dy / distance;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    for (const p of placed) {
      p.x = Math.min(width - half, Math.max(half, p.x));
      p.y = Math.min(height - half, Math.max(half, p.y));
    }
    if (!moved) break;
  }
  return placed;
}
