// Rounding as people do it on paper, for comparing figures with printed ones.

/** Rounds half away from zero: 96.875 → 96.9, -2.5 → -3. */
export function roundHalfAway(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // The small nudge keeps 2.675 (stored as 2.67499…) rounding up, as it was printed.
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}
